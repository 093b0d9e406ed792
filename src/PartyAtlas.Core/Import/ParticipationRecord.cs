namespace PartyAtlas.Core.Import;

public sealed record ParticipationRecord(
    string Id, string DialogueId, string Iso3, string? Party, IReadOnlyList<string> PartyIds, string? Person, string? Role, string Evidence,
    IReadOnlyList<string> SourceIds, string? Note);
