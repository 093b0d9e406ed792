using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Reach;

namespace PartyAtlas.Api.Reach;

/// <summary>GET /reach/regions: one year per UN region and subregion.</summary>
public sealed record ReachRegionsRequest(
    [FromQuery(Name = "year")] [property: Description(ReachDescriptions.Year + " Required.")] Year Year,
    [FromQuery(Name = "series")] [property: Description(ReachDescriptions.Series)] SeriesSet? Series,
    [FromQuery(Name = "evidence")] [property: Description(ReachDescriptions.Evidence)] EvidenceSet? Evidence,
    [FromQuery(Name = "zoom")] [property: Description(ReachDescriptions.Zoom)] Zoom? Zoom,
    [FromQuery(Name = "precision")] [property: Description(ReachDescriptions.Precision)] Precision? Precision,
    [FromQuery(Name = "f")] [property: Description(ReachDescriptions.Format + " CSV has one row per subregion.")] OutputFormat? F)
{
    public ReachFilter Filter => new(Series ?? default, Evidence ?? default);

    public GeometryDetail Detail => GeometryDetail.Of(Zoom, Precision);
}
