namespace PartyAtlas.Api.Reach;

public sealed record CompareCollection(
    string Type, int From, int To, string? DataVersion, CompareCounts Counts, YearCoverage CoverageFrom, YearCoverage CoverageTo,
    string Caveat, IReadOnlyList<CompareFeature> Features);
