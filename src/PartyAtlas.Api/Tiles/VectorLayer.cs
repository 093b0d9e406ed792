namespace PartyAtlas.Api.Tiles;

public sealed record VectorLayer(string Id, string Description, int Minzoom, int Maxzoom, IReadOnlyDictionary<string, string> Fields);
