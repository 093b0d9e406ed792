namespace PartyAtlas.Api.Dialogues;

public sealed record DialogueHostProperties(
    string Id, string NameEn, string Series, int Year, DateOnly StartDate, DateOnly EndDate, string? Format,
    string? HostCity, string? HostCountry, int DocumentedCountries, int? OfficialCountriesLow, int? OfficialCountriesHigh);
