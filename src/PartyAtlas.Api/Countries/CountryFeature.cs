namespace PartyAtlas.Api.Countries;

public sealed record CountryFeature(string Type, string Id, GeoJsonGeometry Geometry, CountryProperties Properties);
