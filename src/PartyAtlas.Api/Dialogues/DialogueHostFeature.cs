namespace PartyAtlas.Api.Dialogues;

public sealed record DialogueHostFeature(string Type, string Id, GeoJsonGeometry Geometry, DialogueHostProperties Properties);
