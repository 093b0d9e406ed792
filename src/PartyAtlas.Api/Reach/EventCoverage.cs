namespace PartyAtlas.Api.Reach;

public sealed record EventCoverage(string Id, int DocumentedCountries, int? OfficialCountriesLow, int? OfficialCountriesHigh);
