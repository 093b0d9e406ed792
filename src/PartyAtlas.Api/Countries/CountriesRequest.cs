using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Countries;

/// <summary>GET /countries: every country and region.</summary>
public sealed record CountriesRequest(
    [FromQuery(Name = "zoom")] [property: Description("Map zoom the geometry is meant for (0–24): 0–2 and 3–5 get simplified bands, 6 and above full detail. Default 6.")] Zoom? Zoom,
    [FromQuery(Name = "precision")] [property: Description(ReachDescriptions.Precision)] Precision? Precision,
    [FromQuery(Name = "region")] [property: Description("Only this UN region (e.g. Africa, Americas, Asia, Europe, Oceania).")] RegionName? Region,
    [FromQuery(Name = "kind")] [property: Description("Only this kind: sovereign, dependent or disputed.")] CountryKind? Kind)
{
    public GeometryDetail Detail => GeometryDetail.Of(Zoom, Precision);
}
