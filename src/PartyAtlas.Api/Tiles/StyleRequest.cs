using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Tiles;

/// <summary>GET /styles/reach.json: a MapLibre style of one year's documented reach.</summary>
public sealed record StyleRequest(
    [FromQuery(Name = "year")] [property: Description("The year shown (default: the latest year with events).")] Year? Year,
    [FromQuery(Name = "series")] [property: Description(ReachDescriptions.Series)] SeriesSet? Series,
    [FromQuery(Name = "evidence")] [property: Description(ReachDescriptions.Evidence)] EvidenceSet? Evidence);
