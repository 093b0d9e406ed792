using System.ComponentModel;

namespace PartyAtlas.Api.Reach;

/// <summary>
/// Coverage of a year: documented countries against the official figures of that year's events.
/// The union of a year's participants is at least the largest event's figure and at most the sum of
/// all events' figures, so official_countries_low = the largest event's lowest figure and
/// official_countries_high = the sum of the events' highest figures. Parties are counted the same way, by
/// registry id (documented_parties) against the official party figures. Always partial.
/// </summary>
public sealed record YearCoverage(
    int DocumentedCountries, int? OfficialCountriesLow, int? OfficialCountriesHigh, double? RatioLow, double? RatioHigh,
    [property: Description("Distinct parties (registry ids) documented in the year's events under the filters.")] int DocumentedParties,
    [property: Description("The largest event's lowest official party figure; null when no event has one.")] int? OfficialPartiesLow,
    [property: Description("The sum of the events' highest official party figures; null when no event has one.")] int? OfficialPartiesHigh,
    [property: Description("documented_parties ÷ official_parties_high.")] double? PartyRatioLow,
    [property: Description("documented_parties ÷ official_parties_low.")] double? PartyRatioHigh,
    IReadOnlyList<EventCoverage> Events, IReadOnlyList<string> EventsWithoutCountryCount, string Note);
