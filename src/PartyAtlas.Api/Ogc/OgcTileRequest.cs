using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Ogc;

/// <summary>GET|HEAD /ogc/collections/{collectionId}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol} (OGC row/column order).</summary>
public sealed record OgcTileRequest(
    [FromRoute(Name = "collectionId")] [property: Description("countries, reach or dialogues (the collections with tiles).")] string CollectionId,
    [FromRoute(Name = "tileMatrix")] [property: Description("Zoom level (tile matrix id), within the tileset's range.")] string TileMatrix,
    [FromRoute(Name = "tileRow")] [property: Description("Tile row, from the north, 0 … 2^tileMatrix − 1.")] string TileRow,
    [FromRoute(Name = "tileCol")] [property: Description("Tile column, from the west, 0 … 2^tileMatrix − 1.")] string TileCol,
    [FromQuery(Name = "year")] [property: Description("reach: the year (required); dialogues: only this year.")] Year? Year,
    [FromQuery(Name = "series")] [property: Description("reach and dialogues: " + Reach.ReachDescriptions.Series)] SeriesSet? Series,
    [FromQuery(Name = "evidence")] [property: Description("reach: " + Reach.ReachDescriptions.Evidence)] EvidenceSet? Evidence);
