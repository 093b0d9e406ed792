using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

/// <summary>The MVT layer inside the tiles, with its attributes (as TileJSON's vector_layers).</summary>
public sealed record OgcTilesetLayer(
    string Id, string Description,
    [property: JsonPropertyName("dataType")] string DataType,
    IReadOnlyDictionary<string, string> Fields);
