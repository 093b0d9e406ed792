namespace PartyAtlas.Api.Contracts;

public sealed record EventCoverage(string Id, int DocumentedCountries, int? OfficialCountriesLow, int? OfficialCountriesHigh);

/// <summary>
/// Coverage of a year: documented countries against the official figures of that year's events.
/// The union of a year's participants is at least the largest event's figure and at most the sum of
/// all events' figures, so official_countries_low = the largest event's lowest figure and
/// official_countries_high = the sum of the events' highest figures. Always partial.
/// </summary>
public sealed record YearCoverage(
    int DocumentedCountries, int? OfficialCountriesLow, int? OfficialCountriesHigh, double? RatioLow, double? RatioHigh,
    IReadOnlyList<EventCoverage> Events, IReadOnlyList<string> EventsWithoutCountryCount, string Note);

public sealed record ReachProperties(
    string Iso3, string NameEn, string? NameZh, string Kind, string? UnRegion, string? UnSubregion, int Year, bool Documented,
    IReadOnlyList<string> Events, int EventCount, IReadOnlyList<string> Parties, int PartyCount, string? StrongestEvidence,
    IReadOnlyList<string> EvidenceTypes, int? FirstYear, bool New, int SourceCount, int ParticipationCount);

public sealed record ReachFeature(string Type, string Id, GeoJsonGeometry Geometry, ReachProperties Properties);

public sealed record ReachFeatureCollection(string Type, int Year, string? DataVersion, YearCoverage Coverage, IReadOnlyList<ReachFeature> Features);

/// <summary>One year (by=year) or one year and UN region (by=region) of the timeline; fields that do not apply are null.</summary>
public sealed record TimelineRow(
    int Year, string? UnRegion, int? RegionCountries, IReadOnlyList<string>? Events, int? EventCount,
    int? OfficialCountriesLow, int? OfficialCountriesHigh, int? OfficialPartiesLow, int? OfficialPartiesHigh,
    int DocumentedCountries, int? DocumentedParties, int NewCountries, int ReturningCountries, int? NotSeenAgainSince,
    int? RegionsReached, double? RatioLow, double? RatioHigh, double? Share,
    IReadOnlyList<string> NewCodes, IReadOnlyList<string> ReturningCodes, IReadOnlyList<string>? NotSeenAgainCodes);

public sealed record Timeline(string? DataVersion, string By, IReadOnlyList<TimelineRow> Years);

public sealed record RegionSummary(string UnRegion, int RegionCountries, int DocumentedCountries, double Share);

public sealed record SubregionProperties(
    string UnRegion, string UnSubregion, int Year, int SubregionCountries, int DocumentedCountries, double Share, IReadOnlyList<string> Codes);

public sealed record SubregionFeature(string Type, string Id, GeoJsonGeometry? Geometry, SubregionProperties Properties);

public sealed record RegionsCollection(
    string Type, int Year, string? DataVersion, YearCoverage Coverage, IReadOnlyList<RegionSummary> Regions, IReadOnlyList<SubregionFeature> Features);

public sealed record CompareCounts(int Joined, int Left, int Stayed);

public sealed record CompareProperties(string Iso3, string NameEn, string? UnRegion, string Change, bool InFrom, bool InTo);

public sealed record CompareFeature(string Type, string Id, GeoJsonGeometry Geometry, CompareProperties Properties);

public sealed record CompareCollection(
    string Type, int From, int To, string? DataVersion, CompareCounts Counts, YearCoverage CoverageFrom, YearCoverage CoverageTo,
    string Caveat, IReadOnlyList<CompareFeature> Features);

public sealed record DistanceRow(string DialogueId, string? HostCity, string Iso3, string NameEn, double Km);

public sealed record DistanceReport(
    int Year, string? DataVersion, int Count, double? MinKm, double? MedianKm, double? MaxKm, IReadOnlyList<string> EventsWithoutHost,
    string Note, IReadOnlyList<DistanceRow> Distances);

public sealed record CountryTimelineEntry(
    DateOnly Date, DateOnly EndDate, int Year, string DialogueId, string DialogueName, string Series, string ParticipationId,
    string? Party, string? Person, string? Role, string Evidence, bool Confirmed, string? Note,
    IReadOnlyList<string> SourceIds, IReadOnlyList<string> SourceUrls);

public sealed record CountryTimeline(
    string Iso3, string NameEn, string? NameZh, string Kind, string? DataVersion, int? FirstYearDocumented,
    IReadOnlyList<int> YearsDocumented, IReadOnlyList<CountryTimelineEntry> Entries);

/// <summary>role = scope (the invited region, dissolved) or participant (a documented country).</summary>
public sealed record ScopeProperties(
    string Role, string? Iso3, string? NameEn, IReadOnlyList<string>? Groups, IReadOnlyList<string>? Members, int? MemberCount,
    string? StrongestEvidence, IReadOnlyList<string>? EvidenceTypes, bool? InScope);

public sealed record ScopeFeature(string Type, string Id, GeoJsonGeometry Geometry, ScopeProperties Properties);

public sealed record ScopeCollection(
    string Type, string DialogueId, string Series, string? DataVersion, int InvitedCountries, int DocumentedCountries,
    int DocumentedInScope, string Note, IReadOnlyList<ScopeFeature> Features);
