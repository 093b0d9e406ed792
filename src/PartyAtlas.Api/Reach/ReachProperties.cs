using System.ComponentModel;

namespace PartyAtlas.Api.Reach;

public sealed record ReachProperties(
    string Iso3, string NameEn, string? NameZh, string Kind, string? UnRegion, string? UnSubregion, int Year, bool Documented,
    IReadOnlyList<string> Events, int EventCount, IReadOnlyList<string> Parties, int PartyCount,
    [property: Description("Registry ids (GET /parties/{id}) of the parties documented for this country in this year under the filters.")] IReadOnlyList<string> PartyIds,
    [property: Description("Number of those party ids.")] int DocumentedParties, string? StrongestEvidence,
    IReadOnlyList<string> EvidenceTypes, int? FirstYear, bool New, int SourceCount, int ParticipationCount);
