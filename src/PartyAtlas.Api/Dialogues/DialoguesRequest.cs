using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Dialogues;

/// <summary>GET /dialogues and /dialogues.geojson: every event, or one year's or one series'.</summary>
public sealed record DialoguesRequest(
    [FromQuery(Name = "year")] [property: Description("Only events held in this year (1900–2100).")] Year? Year,
    [FromQuery(Name = "series")] [property: Description("Only this series: global, thematic or regional.")] Series? Series);
