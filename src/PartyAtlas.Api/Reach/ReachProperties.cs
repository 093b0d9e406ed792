namespace PartyAtlas.Api.Reach;

public sealed record ReachProperties(
    string Iso3, string NameEn, string? NameZh, string Kind, string? UnRegion, string? UnSubregion, int Year, bool Documented,
    IReadOnlyList<string> Events, int EventCount, IReadOnlyList<string> Parties, int PartyCount, string? StrongestEvidence,
    IReadOnlyList<string> EvidenceTypes, int? FirstYear, bool New, int SourceCount, int ParticipationCount);
