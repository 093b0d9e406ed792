namespace PartyAtlas.Api.Reach;

/// <summary>
/// Coverage of a year: documented countries against the official figures of that year's events.
/// The union of a year's participants is at least the largest event's figure and at most the sum of
/// all events' figures, so official_countries_low = the largest event's lowest figure and
/// official_countries_high = the sum of the events' highest figures. Always partial.
/// </summary>
public sealed record YearCoverage(
    int DocumentedCountries, int? OfficialCountriesLow, int? OfficialCountriesHigh, double? RatioLow, double? RatioHigh,
    IReadOnlyList<EventCoverage> Events, IReadOnlyList<string> EventsWithoutCountryCount, string Note);
