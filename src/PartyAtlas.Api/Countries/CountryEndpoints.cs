using System.ComponentModel;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Import;
using PartyAtlas.Core.Queries;

namespace PartyAtlas.Api.Countries;

public static partial class CountryEndpoints
{
    public static IEndpointRouteBuilder MapCountryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/countries").WithTags("Countries").RejectUnknownQueryParameters().CacheByDataVersion().RequireRateLimiting(RateLimits.Analytics);
        group.MapGet("", GetCountries)
            .WithName("GetCountries")
            .WithSummary("All countries and regions as GeoJSON")
            .WithDescription("One feature per country or region (sovereign states, dependent territories, disputed or partially recognised entities), from Natural Earth 1:50m. Geometries are precomputed per zoom band: 0–2, 3–5 and 6+ (full detail).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{iso3}", GetCountry)
            .WithName("GetCountry")
            .WithSummary("One country or region as a GeoJSON Feature")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{iso3}/timeline", GetCountryTimeline)
            .WithName("GetCountryTimeline")
            .WithSummary("One country's history: every event, party, person, evidence type and source, in date order")
            .WithDescription("Every participation row, whatever its evidence type (absences and prospective mentions included, each marked), so a reader sees exactly what the sources say.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<GeoJsonText<CountryFeatureCollection>, ProblemHttpResult>> GetCountries(
        JsonQuery query,
        [Description("Map zoom the geometry is meant for (0–24): 0–2 and 3–5 get simplified bands, 6 and above full detail. Default 6.")] int? zoom,
        [Description("Decimal places of coordinates (0–15). Default 6.")] int? precision,
        [Description("Only this UN region (e.g. Africa, Americas, Asia, Europe, Oceania).")] string? region,
        [Description("Only this kind: sovereign, dependent or disputed.")] string? kind,
        CancellationToken ct)
    {
        if ((QueryChecks.Range("zoom", zoom, 0, QueryChecks.MaxZoom) ?? QueryChecks.Range("precision", precision, 0, QueryChecks.MaxPrecision)
            ?? QueryChecks.OneOf("kind", kind, ClosedLists.CountryKinds)) is { } problem)
        {
            return problem;
        }

        var json = await query.TextAsync("countries_collection", ct, zoom ?? 6, precision ?? 6, region, kind);
        return new GeoJsonText<CountryFeatureCollection>(json!);
    }

    public static async Task<Results<GeoJsonText<CountryDetailFeature>, ProblemHttpResult>> GetCountry(
        JsonQuery query,
        [Description("ISO 3166-1 alpha-3 code (or a documented user-assigned code such as XKX for Kosovo); case-insensitive.")] string iso3,
        [Description("Map zoom the geometry is meant for (0–24). Default 6.")] int? zoom,
        [Description("Decimal places of coordinates (0–15). Default 6.")] int? precision,
        CancellationToken ct)
    {
        if ((Iso3Problem(iso3) ?? QueryChecks.Range("zoom", zoom, 0, QueryChecks.MaxZoom) ?? QueryChecks.Range("precision", precision, 0, QueryChecks.MaxPrecision)) is { } problem)
        {
            return problem;
        }

        var code = iso3.ToUpperInvariant();
        var json = await query.TextAsync("country_feature", ct, code, zoom ?? 6, precision ?? 6);
        return json is null ? Problems.NotFound($"No country or region with code {code}.") : new GeoJsonText<CountryDetailFeature>(json);
    }

    public static async Task<Results<JsonText<CountryTimeline>, CsvText, ProblemHttpResult>> GetCountryTimeline(
        JsonQuery query, HttpRequest request,
        [Description("ISO 3166-1 alpha-3 code (or a documented user-assigned code); case-insensitive.")] string iso3,
        [Description("Response format: `json` (default) or `csv` (one row per entry). `Accept: text/csv` does the same.")] string? f,
        CancellationToken ct)
    {
        if ((Iso3Problem(iso3) ?? QueryChecks.Format(f)) is { } problem)
        {
            return problem;
        }

        var code = iso3.ToUpperInvariant();
        var json = await query.TextAsync("country_timeline", ct, code);
        if (json is null)
        {
            return Problems.NotFound($"No country or region with code {code}.");
        }

        return CsvText.Wanted(request, f) ? CsvText.From(json, "entries") : new JsonText<CountryTimeline>(json);
    }

    private static ProblemHttpResult? Iso3Problem(string iso3) =>
        Iso3().IsMatch(iso3) ? null : Problems.BadParameter("iso3", $"'{iso3}' is not a three-letter country code.");

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex Iso3();
}
