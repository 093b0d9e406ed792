namespace PartyAtlas.Api.Dialogues;

/// <summary>role = scope (the invited region, dissolved) or participant (a documented country).</summary>
public sealed record ScopeProperties(
    string Role, string? Iso3, string? NameEn, IReadOnlyList<string>? Groups, IReadOnlyList<string>? Members, int? MemberCount,
    string? StrongestEvidence, IReadOnlyList<string>? EvidenceTypes, bool? InScope);
