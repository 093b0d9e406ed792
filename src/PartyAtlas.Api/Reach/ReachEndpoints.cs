using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Queries;

namespace PartyAtlas.Api.Reach;

/// <summary>
/// Where the dialogues reached, year by year. "Documented reach" is the countries and regions with
/// participation evidence (confirmed types unless `evidence` widens it); every response carries
/// coverage against the official counts, because every list is partial.
/// </summary>
public static class ReachEndpoints
{
    private const string YearDescription = "The year (1900–2100).";
    private const string ZoomDescription = "Map zoom the geometry is meant for (0–24): 0–2 and 3–5 get precomputed simplified bands, 6+ full detail. Default 6.";
    private const string PrecisionDescription = "Decimal places of coordinates (0–15). Default 6.";

    public static IEndpointRouteBuilder MapReachEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reach").WithTags("Reach").RejectUnknownQueryParameters().CacheByDataVersion().RequireRateLimiting(RateLimits.Analytics);
        group.MapGet("", GetReach)
            .WithName("GetReach")
            .WithSummary("Documented reach of one year as GeoJSON, with the year's coverage")
            .WithDescription("One feature per country or region with documented participation in the year's events (or every country with include=all, for choropleths). Collection members: year, coverage (documented vs official, as a range), data_version.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/timeline", GetTimeline)
            .WithName("GetReachTimeline")
            .WithSummary("Year-by-year reach from 2014: events, official counts, documented, new, returning and not-seen-again countries")
            .WithDescription("new = first documented that year; returning = documented that year and in an earlier year; not_seen_again_since = documented that year and in no later year (null for the latest year). With by=region: one row per year and UN region, with the share of the region's countries and regions.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/regions", GetRegions)
            .WithName("GetReachRegions")
            .WithSummary("Reach of one year per UN region and subregion, with the dissolved outline of the documented countries")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/compare", GetCompare)
            .WithName("GetReachCompare")
            .WithSummary("Countries joined, left or stayed between two years, as GeoJSON")
            .WithDescription("`left` means documented in `from` but not in `to`: absence of evidence is not evidence of absence.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/distance", GetDistance)
            .WithName("GetReachDistance")
            .WithSummary("Great-circle distance from each event's host city to each documented participant: min, median, max and the list")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    public static async Task<Results<GeoJsonText<ReachFeatureCollection>, CsvText, ProblemHttpResult>> GetReach(
        JsonQuery query, HttpRequest request,
        [Description(YearDescription + " Required.")] int? year,
        [Description(ReachFilters.SeriesDescription)] string? series,
        [Description("Only this event (its id, e.g. summit-2021).")] string? dialogue,
        [Description(ReachFilters.EvidenceDescription)] string? evidence,
        [Description("`all` returns every country and region, with zero counts where nothing is documented (for choropleths). Default: only documented ones.")] string? include,
        [Description(ReachFilters.BBoxDescription)] string? bbox,
        [Description(ZoomDescription)] int? zoom,
        [Description(PrecisionDescription)] int? precision,
        [Description(ReachFilters.FormatDescription)] string? f,
        CancellationToken ct)
    {
        var (seriesList, evidenceList, filterProblem) = ReachFilters.SeriesAndEvidence(series, evidence);
        var box = ReachFilters.BBox(bbox, out var bboxProblem);
        if ((Required("year", year) ?? QueryChecks.Year(year) ?? filterProblem ?? bboxProblem
             ?? QueryChecks.OneOf("include", include, ["all"]) ?? QueryChecks.EventId("dialogue", dialogue)
             ?? QueryChecks.EventId("dialogue", dialogue, await query.ExistsAsync("dialogue_exists", ct, dialogue))
             ?? QueryChecks.Range("zoom", zoom, 0, QueryChecks.MaxZoom) ?? QueryChecks.Range("precision", precision, 0, QueryChecks.MaxPrecision)
             ?? QueryChecks.Format(f)) is { } problem)
        {
            return problem;
        }

        var json = (await query.TextAsync("reach_geojson", ct, year, seriesList, evidenceList, dialogue, include == "all",
            box?[0], box?[1], box?[2], box?[3], zoom ?? 6, precision ?? 6))!;
        return CsvText.Wanted(request, f) ? CsvText.From(json, "features") : new GeoJsonText<ReachFeatureCollection>(json);
    }

    public static async Task<Results<JsonText<Timeline>, CsvText, ProblemHttpResult>> GetTimeline(
        JsonQuery query, HttpRequest request,
        [Description(ReachFilters.SeriesDescription)] string? series,
        [Description(ReachFilters.EvidenceDescription)] string? evidence,
        [Description("`year` (default): one row per year; `region`: one row per year and UN region.")] string? by,
        [Description(ReachFilters.FormatDescription)] string? f,
        CancellationToken ct)
    {
        var (seriesList, evidenceList, filterProblem) = ReachFilters.SeriesAndEvidence(series, evidence);
        if ((filterProblem ?? QueryChecks.OneOf("by", by, ["year", "region"]) ?? QueryChecks.Format(f)) is { } problem)
        {
            return problem;
        }

        var json = (await query.TextAsync(by == "region" ? "reach_timeline_by_region" : "reach_timeline", ct, seriesList, evidenceList))!;
        return CsvText.Wanted(request, f) ? CsvText.From(json, "years") : new JsonText<Timeline>(json);
    }

    public static async Task<Results<GeoJsonText<RegionsCollection>, CsvText, ProblemHttpResult>> GetRegions(
        JsonQuery query, HttpRequest request,
        [Description(YearDescription + " Required.")] int? year,
        [Description(ReachFilters.SeriesDescription)] string? series,
        [Description(ReachFilters.EvidenceDescription)] string? evidence,
        [Description(ZoomDescription)] int? zoom,
        [Description(PrecisionDescription)] int? precision,
        [Description(ReachFilters.FormatDescription + " CSV has one row per subregion.")] string? f,
        CancellationToken ct)
    {
        var (seriesList, evidenceList, filterProblem) = ReachFilters.SeriesAndEvidence(series, evidence);
        if ((Required("year", year) ?? QueryChecks.Year(year) ?? filterProblem
             ?? QueryChecks.Range("zoom", zoom, 0, QueryChecks.MaxZoom) ?? QueryChecks.Range("precision", precision, 0, QueryChecks.MaxPrecision)
             ?? QueryChecks.Format(f)) is { } problem)
        {
            return problem;
        }

        var json = (await query.TextAsync("reach_regions", ct, year, seriesList, evidenceList, zoom ?? 6, precision ?? 6))!;
        return CsvText.Wanted(request, f) ? CsvText.From(json, "features") : new GeoJsonText<RegionsCollection>(json);
    }

    public static async Task<Results<GeoJsonText<CompareCollection>, CsvText, ProblemHttpResult>> GetCompare(
        JsonQuery query, HttpRequest request,
        [Description("The earlier year (1900–2100). Required.")] int? from,
        [Description("The later year (1900–2100), not before `from`. Required.")] int? to,
        [Description(ReachFilters.SeriesDescription)] string? series,
        [Description(ReachFilters.EvidenceDescription)] string? evidence,
        [Description(ZoomDescription)] int? zoom,
        [Description(PrecisionDescription)] int? precision,
        [Description(ReachFilters.FormatDescription)] string? f,
        CancellationToken ct)
    {
        var (seriesList, evidenceList, filterProblem) = ReachFilters.SeriesAndEvidence(series, evidence);
        if ((Required("from", from) ?? Required("to", to) ?? QueryChecks.Range("from", from, 1900, 2100) ?? QueryChecks.Range("to", to, 1900, 2100)
             ?? (from > to ? Problems.BadParameter("from", $"from ({from}) is after to ({to}).") : null)
             ?? filterProblem
             ?? QueryChecks.Range("zoom", zoom, 0, QueryChecks.MaxZoom) ?? QueryChecks.Range("precision", precision, 0, QueryChecks.MaxPrecision)
             ?? QueryChecks.Format(f)) is { } problem)
        {
            return problem;
        }

        var json = (await query.TextAsync("reach_compare", ct, from, to, seriesList, evidenceList, zoom ?? 6, precision ?? 6))!;
        return CsvText.Wanted(request, f) ? CsvText.From(json, "features") : new GeoJsonText<CompareCollection>(json);
    }

    public static async Task<Results<JsonText<DistanceReport>, CsvText, ProblemHttpResult>> GetDistance(
        JsonQuery query, HttpRequest request,
        [Description(YearDescription + " Required.")] int? year,
        [Description(ReachFilters.SeriesDescription)] string? series,
        [Description("Only this event (its id, e.g. summit-2021).")] string? dialogue,
        [Description(ReachFilters.EvidenceDescription)] string? evidence,
        [Description(ReachFilters.FormatDescription)] string? f,
        CancellationToken ct)
    {
        var (seriesList, evidenceList, filterProblem) = ReachFilters.SeriesAndEvidence(series, evidence);
        if ((Required("year", year) ?? QueryChecks.Year(year) ?? filterProblem
             ?? QueryChecks.EventId("dialogue", dialogue)
             ?? QueryChecks.EventId("dialogue", dialogue, await query.ExistsAsync("dialogue_exists", ct, dialogue))
             ?? QueryChecks.Format(f)) is { } problem)
        {
            return problem;
        }

        var json = (await query.TextAsync("reach_distance", ct, year, seriesList, evidenceList, dialogue))!;
        return CsvText.Wanted(request, f) ? CsvText.From(json, "distances") : new JsonText<DistanceReport>(json);
    }

    private static ProblemHttpResult? Required(string name, int? value) =>
        value is null ? Problems.BadParameter(name, $"{name} is required.") : null;
}
