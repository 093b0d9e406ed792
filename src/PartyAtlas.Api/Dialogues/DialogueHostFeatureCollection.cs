namespace PartyAtlas.Api.Dialogues;

public sealed record DialogueHostFeatureCollection(string Type, string? DataVersion, IReadOnlyList<DialogueHostFeature> Features);
