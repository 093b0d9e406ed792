using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Reach;

namespace PartyAtlas.Api.Reach;

/// <summary>GET /reach/timeline: year by year, or year and UN region.</summary>
public sealed record ReachTimelineRequest(
    [FromQuery(Name = "series")] [property: Description(ReachDescriptions.Series)] SeriesSet? Series,
    [FromQuery(Name = "evidence")] [property: Description(ReachDescriptions.Evidence)] EvidenceSet? Evidence,
    [FromQuery(Name = "by")] [property: Description("`year` (default): one row per year; `region`: one row per year and UN region.")] TimelineGrouping? By,
    [FromQuery(Name = "f")] [property: Description(ReachDescriptions.Format)] OutputFormat? F)
{
    public ReachFilter Filter => new(Series ?? default, Evidence ?? default);
}
