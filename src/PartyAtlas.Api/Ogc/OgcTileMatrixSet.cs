using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

/// <summary>A tile matrix set definition (OGC 2D Tile Matrix Set 2.0, JSON encoding).</summary>
public sealed record OgcTileMatrixSet(
    string Id, string Title, string Uri, string Crs,
    [property: JsonPropertyName("orderedAxes")] IReadOnlyList<string> OrderedAxes,
    [property: JsonPropertyName("tileMatrices")] IReadOnlyList<OgcTileMatrix> TileMatrices);
