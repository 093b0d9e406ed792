namespace PartyAtlas.Core.Import;

public sealed record ImportResult(
    ImportOutcome Outcome, IReadOnlyList<ImportProblem> Problems, string? ContentHash, IReadOnlyDictionary<string, int> Summary);
