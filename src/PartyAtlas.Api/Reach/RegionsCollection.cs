namespace PartyAtlas.Api.Reach;

public sealed record RegionsCollection(
    string Type, int Year, string? DataVersion, YearCoverage Coverage, IReadOnlyList<RegionSummary> Regions, IReadOnlyList<SubregionFeature> Features);
