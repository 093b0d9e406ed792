namespace PartyAtlas.Api.Countries;

public sealed record CountryFeatureCollection(string Type, string? DataVersion, IReadOnlyList<CountryFeature> Features);
