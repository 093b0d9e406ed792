using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Reach;

namespace PartyAtlas.Api.Charts;

/// <summary>GET /charts/timeline.svg|png: the year-by-year chart of documented against official figures.</summary>
public sealed record TimelineChartRequest(
    [FromQuery(Name = "series")] [property: Description(ReachDescriptions.Series)] SeriesSet? Series,
    [FromQuery(Name = "evidence")] [property: Description(ReachDescriptions.Evidence)] EvidenceSet? Evidence,
    [FromQuery(Name = "width")] [property: Description(MapDescriptions.Width)] MapWidth? Width,
    [FromQuery(Name = "lang")] [property: Description(MapDescriptions.Lang)] MapLanguage? Lang,
    [FromQuery(Name = "theme")] [property: Description(MapDescriptions.Theme)] MapTheme? Theme)
{
    public ReachFilter Filter => new(Series ?? default, Evidence ?? default, null, null);
}

/// <summary>GET /charts/regions/{year}.svg|png: one year's documented share per UN region.</summary>
public sealed record RegionsChartRequest(
    [FromRoute(Name = "year")] [property: Description(ReachDescriptions.Year)] Year Year,
    [FromQuery(Name = "series")] [property: Description(ReachDescriptions.Series)] SeriesSet? Series,
    [FromQuery(Name = "evidence")] [property: Description(ReachDescriptions.Evidence)] EvidenceSet? Evidence,
    [FromQuery(Name = "width")] [property: Description(MapDescriptions.Width)] MapWidth? Width,
    [FromQuery(Name = "lang")] [property: Description(MapDescriptions.Lang)] MapLanguage? Lang,
    [FromQuery(Name = "theme")] [property: Description(MapDescriptions.Theme)] MapTheme? Theme)
{
    public ReachFilter Filter => new(Series ?? default, Evidence ?? default, null, null);
}

/// <summary>Static charts for reports: SVG drawn from the timeline answer, PNG rasterised from that SVG.</summary>
public static class ChartEndpoints
{
    public static IEndpointRouteBuilder MapChartEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/charts").WithTags("Maps").ValidateRequest().CacheResponses().RequireRateLimiting(RateLimits.Analytics);
        group.MapGet("/timeline.svg", async ([AsParameters] TimelineChartRequest r, ReachQueries reach, HttpContext http, CancellationToken ct) =>
                new SvgText(await RenderAsync(r, reach, http, ct)))
            .WithName("GetTimelineChartSvg")
            .WithSummary("Documented against official countries and parties per year (official figures as ranges), as SVG");
        group.MapGet("/timeline.png", async ([AsParameters] TimelineChartRequest r, ReachQueries reach, HttpContext http, CancellationToken ct) =>
                new PngImage(SvgRaster.Png(await RenderAsync(r, reach, http, ct))))
            .WithName("GetTimelineChartPng")
            .WithSummary("The same chart as PNG, at `width` pixels");
        group.MapGet("/regions/{year}.svg", async ([AsParameters] RegionsChartRequest r, ReachQueries reach, HttpContext http, CancellationToken ct) =>
                new SvgText(await RenderAsync(r, reach, http, ct)))
            .WithName("GetRegionsChartSvg")
            .WithSummary("One year's documented countries and regions per UN region (share of the region), as SVG");
        group.MapGet("/regions/{year}.png", async ([AsParameters] RegionsChartRequest r, ReachQueries reach, HttpContext http, CancellationToken ct) =>
                new PngImage(SvgRaster.Png(await RenderAsync(r, reach, http, ct))))
            .WithName("GetRegionsChartPng")
            .WithSummary("The same chart as PNG, at `width` pixels");
        return app;
    }

    private static async Task<string> RenderAsync(RegionsChartRequest request, ReachQueries reach, HttpContext http, CancellationToken ct)
    {
        var json = await reach.RegionsAsync(request.Year, request.Filter, GeometryDetail.Of(new Zoom(0), new Precision(0)), ct);
        return RegionsChartSvg.Render(json, request.Year.Value, (request.Width ?? new MapWidth(MapWidth.Default)).Pixels, request.Lang?.Chinese == true,
            request.Theme?.Print == true, ResponseCaching.Version(http), FilterNote(http));
    }

    private static string? FilterNote(HttpContext http)
    {
        var filters = new[] { "series", "evidence" }.Where(n => http.Request.Query.ContainsKey(n)).Select(n => $"{n} {http.Request.Query[n]}").ToArray();
        return filters.Length == 0 ? null : "Filtered: " + string.Join("; ", filters) + ".";
    }

    private static async Task<string> RenderAsync(TimelineChartRequest request, ReachQueries reach, HttpContext http, CancellationToken ct)
    {
        var json = await reach.TimelineAsync(request.Filter, false, ct);
        return TimelineChartSvg.Render(json, (request.Width ?? new MapWidth(MapWidth.Default)).Pixels, request.Lang?.Chinese == true,
            request.Theme?.Print == true, ResponseCaching.Version(http), FilterNote(http));
    }
}
