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
    [FromQuery(Name = "view")] [property: Description(MapDescriptions.View)] MapView? View,
    [FromQuery(Name = "width")] [property: Description(MapDescriptions.Width)] MapWidth? Width,
    [FromQuery(Name = "lang")] [property: Description(MapDescriptions.Lang)] MapLanguage? Lang,
    [FromQuery(Name = "theme")] [property: Description(MapDescriptions.Theme)] MapTheme? Theme)
{
    public ReachFilter Filter => new(Series ?? default, Evidence ?? default, Dialogue, null);
}

/// <summary>GET /maps/compare/{from}-{to}.svg|png: two years' documented reach compared, with the filters of /reach/compare.</summary>
public sealed record CompareMapRequest(
    [FromRoute(Name = "from")] [property: Description("The first year.")] Year From,
    [FromRoute(Name = "to")] [property: Description("The second year.")] Year To,
    [FromQuery(Name = "series")] [property: Description(ReachDescriptions.Series)] SeriesSet? Series,
    [FromQuery(Name = "dialogue")] [property: Description(ReachDescriptions.Dialogue)] DialogueId? Dialogue,
    [FromQuery(Name = "evidence")] [property: Description(ReachDescriptions.Evidence)] EvidenceSet? Evidence,
    [FromQuery(Name = "width")] [property: Description(MapDescriptions.Width)] MapWidth? Width,
    [FromQuery(Name = "lang")] [property: Description(MapDescriptions.Lang)] MapLanguage? Lang,
    [FromQuery(Name = "theme")] [property: Description(MapDescriptions.Theme)] MapTheme? Theme)
{
    public ReachFilter Filter => new(Series ?? default, Evidence ?? default, Dialogue, null);
}

/// <summary>The figure parameters' descriptions, one text for every map.</summary>
public static class MapDescriptions
{
    public const string Width = "The figure's width in pixels, 300–4000 (default 1200); the height follows the projection.";
    public const string Lang = "Language of the title, coverage line and legend: en (default) or zh.";
    public const string Theme = "light (default: tinted sea) or print (white paper, darker lines).";
    public const string View = "What colours the countries, as the viewer's view: evidence (default: each country's strongest evidence) or parties (its documented parties: none named, 1, 2, 3–4, 5+).";
}
