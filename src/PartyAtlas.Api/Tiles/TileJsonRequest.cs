using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Tiles;

/// <summary>GET /tiles/{layer}/tilejson.json: TileJSON whose tile URLs carry the filters given here.</summary>
public sealed record TileJsonRequest(
    [FromRoute(Name = "layer")] [property: Description("Layer: countries, reach, reach_points, dialogues or scopes.")] string Layer,
    [FromQuery(Name = "year")] [property: Description("reach and reach_points: the year (default: the latest year with events); dialogues and scopes: only this year.")] Year? Year,
    [FromQuery(Name = "series")] [property: Description("reach, reach_points and dialogues: " + ReachDescriptions.Series)] SeriesSet? Series,
    [FromQuery(Name = "evidence")] [property: Description("reach and reach_points: " + ReachDescriptions.Evidence)] EvidenceSet? Evidence,
    [FromQuery(Name = "dialogue")] [property: Description("scopes: only this event.")] DialogueId? Dialogue)
{
    public TileFilterValues Filters => new(Year, Series, Evidence, Dialogue);
}
