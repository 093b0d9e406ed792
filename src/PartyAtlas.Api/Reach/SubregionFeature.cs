namespace PartyAtlas.Api.Reach;

public sealed record SubregionFeature(string Type, string Id, GeoJsonGeometry? Geometry, SubregionProperties Properties);
