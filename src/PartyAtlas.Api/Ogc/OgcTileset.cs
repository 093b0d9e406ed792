using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

/// <summary>A vector tileset of a collection: its tile matrix set, zoom range, layer and the templated tile link.</summary>
public sealed record OgcTileset(
    string Title,
    [property: JsonPropertyName("dataType")] string DataType,
    string Crs,
    [property: JsonPropertyName("tileMatrixSetURI")] string TileMatrixSetUri,
    [property: JsonPropertyName("minTileMatrix")] string MinTileMatrix,
    [property: JsonPropertyName("maxTileMatrix")] string MaxTileMatrix,
    IReadOnlyList<OgcTilesetLink> Links,
    IReadOnlyList<OgcTilesetLayer> Layers);
