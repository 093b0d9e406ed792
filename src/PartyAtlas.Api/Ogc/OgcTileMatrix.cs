using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

/// <summary>One zoom level of a tile matrix set: its scale, origin and size in tiles.</summary>
public sealed record OgcTileMatrix(
    string Id,
    [property: JsonPropertyName("scaleDenominator")] double ScaleDenominator,
    [property: JsonPropertyName("cellSize")] double CellSize,
    [property: JsonPropertyName("cornerOfOrigin")] string CornerOfOrigin,
    [property: JsonPropertyName("pointOfOrigin")] IReadOnlyList<double> PointOfOrigin,
    [property: JsonPropertyName("tileWidth")] int TileWidth,
    [property: JsonPropertyName("tileHeight")] int TileHeight,
    [property: JsonPropertyName("matrixWidth")] long MatrixWidth,
    [property: JsonPropertyName("matrixHeight")] long MatrixHeight);
