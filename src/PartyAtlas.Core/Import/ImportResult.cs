namespace PartyAtlas.Core.Import;

/// <summary>
/// What an import did. <paramref name="ReplacedVersion"/> is the data version it found under the import lock
/// (the one it replaced, or would have); <paramref name="Shrinkage"/> lists the tables that refused it.
/// </summary>
public sealed record ImportResult(
    ImportOutcome Outcome, IReadOnlyList<ImportProblem> Problems, string? ContentHash, IReadOnlyDictionary<string, int> Summary,
    string? ReplacedVersion = null, IReadOnlyList<Shrinkage>? Shrinkage = null)
{
    /// <summary>The data version this content is (or would be) served as.</summary>
    public string? Version => ContentHash?[..16];
}
