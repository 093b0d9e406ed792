using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Maps;

namespace PartyAtlas.Api.Maps;

/// <summary>Static maps for reports and papers: SVG drawn from PostGIS geometry, PNG rasterised from that SVG.</summary>
public static class MapEndpoints
{
    public static IEndpointRouteBuilder MapMapEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/maps").WithTags("Maps").ValidateRequest().CacheResponses().RequireRateLimiting(RateLimits.Analytics);
        group.MapGet("/reach/{year}.svg", GetReachSvg)
            .WithName("GetReachMapSvg")
            .WithSummary("One year's documented reach as an SVG map (Equal Earth), with title, coverage line, legend and attribution")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/reach/{year}.png", GetReachPng)
            .WithName("GetReachMapPng")
            .WithSummary("The same map as PNG, at `width` pixels")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    public static async Task<Results<SvgText, ProblemHttpResult>> GetReachSvg(
        [AsParameters] ReachMapRequest request, MapQueries maps, HttpContext http, CancellationToken ct) =>
        await RenderAsync(request, maps, http, ct) is { } svg ? new SvgText(svg) : UnknownDialogue(request);

    public static async Task<Results<PngImage, ProblemHttpResult>> GetReachPng(
        [AsParameters] ReachMapRequest request, MapQueries maps, HttpContext http, CancellationToken ct) =>
        await RenderAsync(request, maps, http, ct) is { } svg ? new PngImage(SvgRaster.Png(svg)) : UnknownDialogue(request);

    private static async Task<string?> RenderAsync(ReachMapRequest request, MapQueries maps, HttpContext http, CancellationToken ct)
    {
        var json = await maps.ReachAsync(request.Year, request.Filter, ct);
        var filters = new[]
        {
            request.Series is null ? null : $"series {http.Request.Query["series"]}",
            request.Evidence is null ? null : $"evidence {http.Request.Query["evidence"]}",
            request.Dialogue is { } d ? $"event {d.Id}" : null,
        }.OfType<string>().ToArray();
        return json is null ? null : ReachMapSvg.Render(json, request.Year.Value, (request.Width ?? new MapWidth(MapWidth.Default)).Pixels,
            request.Lang?.Chinese == true, request.Theme?.Print == true, ResponseCaching.Version(http),
            filters.Length == 0 ? null : "Filtered: " + string.Join("; ", filters) + ".");
    }

    private static ProblemHttpResult UnknownDialogue(ReachMapRequest request) => Reach.ReachEndpoints.UnknownDialogue(request.Dialogue);
}
