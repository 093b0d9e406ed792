namespace PartyAtlas.Api.Dialogues;

/// <summary>
/// Documented countries (confirmed evidence: spoke, delegation, attended, watched_at_venue) against
/// the official country figures. ratio_low = documented / official_countries_high; ratio_high = documented /
/// official_countries_low. Null when no source gives a country count. Always partial: there is no official roster.
/// </summary>
public sealed record Coverage(
    int DocumentedCountries, int DocumentedParties, int? OfficialCountriesLow, int? OfficialCountriesHigh,
    double? RatioLow, double? RatioHigh, string Note);
