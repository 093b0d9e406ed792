namespace PartyAtlas.Api.Reach;

public sealed record DistanceReport(
    int Year, string? DataVersion, int Count, double? MinKm, double? MedianKm, double? MaxKm, IReadOnlyList<string> EventsWithoutHost,
    string Note, IReadOnlyList<DistanceRow> Distances);
