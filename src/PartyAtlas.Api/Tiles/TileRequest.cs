using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Tiles;

/// <summary>GET|HEAD /tiles/{layer}/{z}/{x}/{y}.{ext}: one tile; only the layer's own filters are accepted.</summary>
public sealed record TileRequest(
    [FromRoute(Name = "layer")] [property: Description("Layer: countries, reach, reach_points, dialogues or scopes.")] string Layer,
    [FromRoute(Name = "z")] [property: Description("Zoom level, within the layer's range.")] string Z,
    [FromRoute(Name = "x")] [property: Description("Tile column, 0 … 2^z − 1.")] string X,
    [FromRoute(Name = "y")] [property: Description("Tile row (XYZ scheme, from the north), 0 … 2^z − 1.")] string Y,
    [FromRoute(Name = "ext")] [property: Description("mvt or pbf.")] string Ext,
    [FromQuery(Name = "year")] [property: Description("reach and reach_points: the year (required); dialogues and scopes: only this year.")] Year? Year,
    [FromQuery(Name = "series")] [property: Description("reach, reach_points and dialogues: " + ReachDescriptions.Series)] SeriesSet? Series,
    [FromQuery(Name = "evidence")] [property: Description("reach and reach_points: " + ReachDescriptions.Evidence)] EvidenceSet? Evidence,
    [FromQuery(Name = "dialogue")] [property: Description("scopes: only this event.")] DialogueId? Dialogue)
{
    public TileFilterValues Filters => new(Year, Series, Evidence, Dialogue);
}
