namespace PartyAtlas.Api.Countries;

public sealed record CountryTimeline(
    string Iso3, string NameEn, string? NameZh, string Kind, string? DataVersion, int? FirstYearDocumented,
    IReadOnlyList<int> YearsDocumented, IReadOnlyList<CountryTimelineEntry> Entries);
