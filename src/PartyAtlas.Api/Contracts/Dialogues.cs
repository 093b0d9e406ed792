namespace PartyAtlas.Api.Contracts;

public sealed record Host(string? City, string? Country, double? Lon, double? Lat);

/// <summary>One source's figure for one metric: a range (low = high for a single number) and how it was worded.</summary>
public sealed record OfficialCount(string Metric, int Low, int High, string Qualifier, string? Quote, string? Note, string SourceId, string SourceUrl);

/// <summary>
/// Documented countries (confirmed evidence: spoke, delegation, attended, watched_at_venue) against
/// the official country figures. ratio_low = documented / official_countries_high; ratio_high = documented /
/// official_countries_low. Null when no source gives a country count. Always partial: there is no official roster.
/// </summary>
public sealed record Coverage(
    int DocumentedCountries, int DocumentedParties, int? OfficialCountriesLow, int? OfficialCountriesHigh,
    double? RatioLow, double? RatioHigh, string Note);

public sealed record DialogueSummary(
    string Id, string NameEn, string? NameZh, string Series, string? ParentId, DateOnly StartDate, DateOnly EndDate,
    string DatePrecision, int Year, string? Format, Host Host, string? Theme, string? Organisers, string? Notes,
    IReadOnlyList<string> SourceIds, IReadOnlyList<OfficialCount> OfficialCounts, Coverage Coverage);

public sealed record DialogueList(string? DataVersion, int Count, IReadOnlyList<DialogueSummary> Dialogues);

public sealed record SourceRef(string Id, string Url);

public sealed record Participant(
    string Id, string Iso3, string CountryName, string? Party, string? Person, string? Role, string Evidence, bool Confirmed,
    string? Note, IReadOnlyList<SourceRef> Sources);

public sealed record Scope(string GroupId, string GroupName, string? Note, IReadOnlyList<string> Members);

public sealed record DialogueDetail(
    string Id, string NameEn, string? NameZh, string Series, string? ParentId, DateOnly StartDate, DateOnly EndDate,
    string DatePrecision, int Year, string? Format, Host Host, string? Theme, string? Organisers, string? Notes,
    IReadOnlyList<string> SourceIds, IReadOnlyList<OfficialCount> OfficialCounts, Coverage Coverage,
    string? DataVersion, IReadOnlyList<Participant> Participants, IReadOnlyList<Scope> Scopes);

public sealed record DialogueHostProperties(
    string Id, string NameEn, string Series, int Year, DateOnly StartDate, DateOnly EndDate, string? Format,
    string? HostCity, string? HostCountry, int DocumentedCountries, int? OfficialCountriesLow, int? OfficialCountriesHigh);

public sealed record DialogueHostFeature(string Type, string Id, GeoJsonGeometry Geometry, DialogueHostProperties Properties);

public sealed record DialogueHostFeatureCollection(string Type, string? DataVersion, IReadOnlyList<DialogueHostFeature> Features);
