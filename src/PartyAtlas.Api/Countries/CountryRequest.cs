using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Countries;

/// <summary>GET /countries/{iso3}: one country or region.</summary>
public sealed record CountryRequest(
    [FromRoute(Name = "iso3")] [property: Description("ISO 3166-1 alpha-3 code (or a documented user-assigned code such as XKX for Kosovo); case-insensitive.")] Iso3 Iso3,
    [FromQuery(Name = "zoom")] [property: Description("Map zoom the geometry is meant for (0–24). Default 6.")] Zoom? Zoom,
    [FromQuery(Name = "precision")] [property: Description(ReachDescriptions.Precision)] Precision? Precision)
{
    public GeometryDetail Detail => GeometryDetail.Of(Zoom, Precision);
}
