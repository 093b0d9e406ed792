using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Reach;

namespace PartyAtlas.Api.Reach;

/// <summary>GET /reach/compare: joined, left and stayed between two years.</summary>
public sealed record ReachCompareRequest(
    [FromQuery(Name = "from")] [property: Description("The earlier year (1900–2100). Required.")] Year From,
    [FromQuery(Name = "to")] [property: Description("The later year (1900–2100), not before `from`. Required.")] Year To,
    [FromQuery(Name = "series")] [property: Description(ReachDescriptions.Series)] SeriesSet? Series,
    [FromQuery(Name = "evidence")] [property: Description(ReachDescriptions.Evidence)] EvidenceSet? Evidence,
    [FromQuery(Name = "zoom")] [property: Description(ReachDescriptions.Zoom)] Zoom? Zoom,
    [FromQuery(Name = "precision")] [property: Description(ReachDescriptions.Precision)] Precision? Precision,
    [FromQuery(Name = "f")] [property: Description(ReachDescriptions.Format)] OutputFormat? F)
{
    public ReachFilter Filter => new(Series ?? default, Evidence ?? default);

    public GeometryDetail Detail => GeometryDetail.Of(Zoom, Precision);
}
