using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Reach;

namespace PartyAtlas.Api.Reach;

/// <summary>GET /reach: one year's documented reach.</summary>
public sealed record ReachYearRequest(
    [FromQuery(Name = "year")] [property: Description(ReachDescriptions.Year + " Required.")] Year Year,
    [FromQuery(Name = "series")] [property: Description(ReachDescriptions.Series)] SeriesSet? Series,
    [FromQuery(Name = "dialogue")] [property: Description(ReachDescriptions.Dialogue)] DialogueId? Dialogue,
    [FromQuery(Name = "evidence")] [property: Description(ReachDescriptions.Evidence)] EvidenceSet? Evidence,
    [FromQuery(Name = "include")] [property: Description("`all` returns every country and region, with zero counts where nothing is documented (for choropleths). Default: only documented ones.")] Inclusion? Include,
    [FromQuery(Name = "bbox")] [property: Description(ReachDescriptions.BBox)] BBox? Bbox,
    [FromQuery(Name = "zoom")] [property: Description(ReachDescriptions.Zoom)] Zoom? Zoom,
    [FromQuery(Name = "precision")] [property: Description(ReachDescriptions.Precision)] Precision? Precision,
    [FromQuery(Name = "f")] [property: Description(ReachDescriptions.Format)] OutputFormat? F)
{
    public ReachFilter Filter => new(Series ?? default, Evidence ?? default, Dialogue, Bbox);

    public GeometryDetail Detail => GeometryDetail.Of(Zoom, Precision);
}
