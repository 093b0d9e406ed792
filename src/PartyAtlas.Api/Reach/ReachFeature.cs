namespace PartyAtlas.Api.Reach;

public sealed record ReachFeature(string Type, string Id, GeoJsonGeometry Geometry, ReachProperties Properties);
