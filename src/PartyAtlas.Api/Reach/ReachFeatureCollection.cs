namespace PartyAtlas.Api.Reach;

public sealed record ReachFeatureCollection(string Type, int Year, string? DataVersion, YearCoverage Coverage, IReadOnlyList<ReachFeature> Features);
