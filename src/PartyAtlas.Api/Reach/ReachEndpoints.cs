using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Reach;

namespace PartyAtlas.Api.Reach;

/// <summary>
/// Where the dialogues reached, year by year. "Documented reach" is the countries and regions with
/// participation evidence (confirmed types unless `evidence` widens it); every response carries
/// coverage against the official counts, because every list is partial.
/// </summary>
public static class ReachEndpoints
{
    public static IEndpointRouteBuilder MapReachEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reach").WithTags("Reach").ValidateRequest().CacheResponses().RequireRateLimiting(RateLimits.Analytics);
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
        [AsParameters] ReachYearRequest request, ReachQueries reach, HttpRequest http, CancellationToken ct)
    {
        var json = await reach.YearAsync(request.Year, request.Filter, request.Include?.EveryCountry == true, request.Detail, ct);
        return json is null ? UnknownDialogue(request.Dialogue)
            : CsvText.Wanted(http, request.F) ? CsvText.From(json, "features") : new GeoJsonText<ReachFeatureCollection>(json);
    }

    public static async Task<Results<JsonText<Timeline>, CsvText>> GetTimeline(
        [AsParameters] ReachTimelineRequest request, ReachQueries reach, HttpRequest http, CancellationToken ct)
    {
        var json = await reach.TimelineAsync(request.Filter, request.By?.ByRegion == true, ct);
        return CsvText.Wanted(http, request.F) ? CsvText.From(json, "years") : new JsonText<Timeline>(json);
    }

    public static async Task<Results<GeoJsonText<RegionsCollection>, CsvText>> GetRegions(
        [AsParameters] ReachRegionsRequest request, ReachQueries reach, HttpRequest http, CancellationToken ct)
    {
        var json = await reach.RegionsAsync(request.Year, request.Filter, request.Detail, ct);
        return CsvText.Wanted(http, request.F) ? CsvText.From(json, "features") : new GeoJsonText<RegionsCollection>(json);
    }

    public static async Task<Results<GeoJsonText<CompareCollection>, CsvText, ProblemHttpResult>> GetCompare(
        [AsParameters] ReachCompareRequest request, ReachQueries reach, HttpRequest http, CancellationToken ct)
    {
        if (request.From.Value > request.To.Value)
        {
            return Problems.BadParameter("from", $"from ({request.From}) is after to ({request.To}).");
        }

        var json = await reach.CompareAsync(request.From, request.To, request.Filter, request.Detail, ct);
        return CsvText.Wanted(http, request.F) ? CsvText.From(json, "features") : new GeoJsonText<CompareCollection>(json);
    }

    public static async Task<Results<JsonText<DistanceReport>, CsvText, ProblemHttpResult>> GetDistance(
        [AsParameters] ReachDistanceRequest request, ReachQueries reach, HttpRequest http, CancellationToken ct)
    {
        var json = await reach.DistanceAsync(request.Year, request.Filter, ct);
        return json is null ? UnknownDialogue(request.Dialogue)
            : CsvText.Wanted(http, request.F) ? CsvText.From(json, "distances") : new JsonText<DistanceReport>(json);
    }

    /// <summary>The query answers no row only for an event that does not exist.</summary>
    internal static ProblemHttpResult UnknownDialogue(Core.Parameters.DialogueId? id) =>
        Problems.BadParameter("dialogue", $"No event with id '{id}'; GET /dialogues lists them.");
}
