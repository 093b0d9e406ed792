using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Api.Reach;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Reach;

namespace PartyAtlas.Api.Maps;

/// <summary>GET /maps/reach/{year}.svg|png: one year's documented reach as a figure, with the filters of /reach.</summary>
public sealed record ReachMapRequest(
    [FromRoute(Name = "year")] [property: Description(ReachDescriptions.Year)] Year Year,
    [FromQuery(Name = "series")] [property: Description(ReachDescriptions.Series)] SeriesSet? Series,
    [FromQuery(Name = "dialogue")] [property: Description(ReachDescriptions.Dialogue)] DialogueId? Dialogue,
    [FromQuery(Name = "evidence")] [property: Description(ReachDescriptions.Evidence)] EvidenceSet? Evidence,
    [FromQuery(Name = "width")] [property: Description("The figure's width in pixels, 300–4000 (default 1200); the height follows the projection.")] MapWidth? Width,
    [FromQuery(Name = "lang")] [property: Description("Language of the title, coverage line and legend: en (default) or zh.")] MapLanguage? Lang,
    [FromQuery(Name = "theme")] [property: Description("light (default: tinted sea) or print (white paper, darker lines).")] MapTheme? Theme)
{
    public ReachFilter Filter => new(Series ?? default, Evidence ?? default, Dialogue, null);
}
