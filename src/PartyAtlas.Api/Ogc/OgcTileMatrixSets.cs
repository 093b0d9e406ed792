using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

/// <summary>The tile matrix sets offered (OGC API – Tiles): WebMercatorQuad only.</summary>
public sealed record OgcTileMatrixSets([property: JsonPropertyName("tileMatrixSets")] IReadOnlyList<OgcTileMatrixSetRef> TileMatrixSets);
