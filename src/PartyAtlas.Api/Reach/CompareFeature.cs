namespace PartyAtlas.Api.Reach;

public sealed record CompareFeature(string Type, string Id, GeoJsonGeometry Geometry, CompareProperties Properties);
