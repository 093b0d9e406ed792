using System.ComponentModel;

namespace PartyAtlas.Api.Reach;

/// <summary>One year (by=year) or one year and UN region (by=region) of the timeline; fields that do not apply are null.</summary>
public sealed record TimelineRow(
    int Year, string? UnRegion, int? RegionCountries, IReadOnlyList<string>? Events, int? EventCount,
    int? OfficialCountriesLow, int? OfficialCountriesHigh, int? OfficialPartiesLow, int? OfficialPartiesHigh,
    int DocumentedCountries,
    [property: Description("Distinct parties (registry ids) documented in the year under the filters; null by region.")] int? DocumentedParties,
    [property: Description("Of those, parties documented for the first time (from 2014); null by region.")] int? NewParties,
    [property: Description("Of those, parties also documented in an earlier year; null by region.")] int? ReturningParties,
    int NewCountries, int ReturningCountries,
    int? NotSeenAgainSince, int? RegionsReached, double? RatioLow, double? RatioHigh,
    [property: Description("documented_parties ÷ official_parties_high (the lowest coverage the figures allow); null without a party figure or by region.")] double? PartyRatioLow,
    [property: Description("documented_parties ÷ official_parties_low (the highest coverage the figures allow); null without a party figure or by region.")] double? PartyRatioHigh,
    double? Share,
    IReadOnlyList<string> NewCodes, IReadOnlyList<string> ReturningCodes, IReadOnlyList<string>? NotSeenAgainCodes);
