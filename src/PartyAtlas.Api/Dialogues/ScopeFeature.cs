namespace PartyAtlas.Api.Dialogues;

public sealed record ScopeFeature(string Type, string Id, GeoJsonGeometry Geometry, ScopeProperties Properties);
