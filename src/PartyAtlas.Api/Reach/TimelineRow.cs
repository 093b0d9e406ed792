namespace PartyAtlas.Api.Reach;

/// <summary>One year (by=year) or one year and UN region (by=region) of the timeline; fields that do not apply are null.</summary>
public sealed record TimelineRow(
    int Year, string? UnRegion, int? RegionCountries, IReadOnlyList<string>? Events, int? EventCount,
    int? OfficialCountriesLow, int? OfficialCountriesHigh, int? OfficialPartiesLow, int? OfficialPartiesHigh,
    int DocumentedCountries, int? DocumentedParties, int NewCountries, int ReturningCountries, int? NotSeenAgainSince,
    int? RegionsReached, double? RatioLow, double? RatioHigh, double? Share,
    IReadOnlyList<string> NewCodes, IReadOnlyList<string> ReturningCodes, IReadOnlyList<string>? NotSeenAgainCodes);
