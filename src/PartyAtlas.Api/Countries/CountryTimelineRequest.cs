using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Countries;

/// <summary>GET /countries/{iso3}/timeline: one country's whole record.</summary>
public sealed record CountryTimelineRequest(
    [FromRoute(Name = "iso3")] [property: Description("ISO 3166-1 alpha-3 code (or a documented user-assigned code); case-insensitive.")] Iso3 Iso3,
    [FromQuery(Name = "f")] [property: Description("Response format: `json` (default) or `csv` (one row per entry). `Accept: text/csv` does the same.")] OutputFormat? F);
