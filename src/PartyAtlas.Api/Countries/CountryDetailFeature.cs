namespace PartyAtlas.Api.Countries;

public sealed record CountryDetailFeature(string Type, string Id, GeoJsonGeometry Geometry, CountryDetailProperties Properties);
