using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Maps;

namespace PartyAtlas.Api.Maps;

/// <summary>Static maps for reports and papers: SVG drawn from PostGIS geometry, PNG rasterised from that SVG.</summary>
public static class MapEndpoints
{
    public static IEndpointRouteBuilder MapMapEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/maps").WithTags("Maps").ValidateRequest().CacheResponses().RequireRateLimiting(RateLimits.Analytics);
        group.MapGet("/reach/{year}.svg", async ([AsParameters] ReachMapRequest r, MapQueries maps, HttpContext http, CancellationToken ct) =>
                Svg(await ReachAsync(r, maps, http, ct), r.Dialogue))
            .WithName("GetReachMapSvg")
            .WithSummary("One year's documented reach as an SVG map (Equal Earth), with title, coverage line, legend and attribution")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/reach/{year}.png", async ([AsParameters] ReachMapRequest r, MapQueries maps, HttpContext http, CancellationToken ct) =>
                Png(await ReachAsync(r, maps, http, ct), r.Dialogue))
            .WithName("GetReachMapPng")
            .WithSummary("The same map as PNG, at `width` pixels")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/compare/{from}-{to}.svg", async ([AsParameters] CompareMapRequest r, MapQueries maps, HttpContext http, CancellationToken ct) =>
                FromAfterTo(r) ?? Svg(await CompareAsync(r, maps, http, ct), r.Dialogue))
            .WithName("GetCompareMapSvg")
            .WithSummary("Two years compared (joined, left, stayed) as an SVG map (Equal Earth)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/compare/{from}-{to}.png", async ([AsParameters] CompareMapRequest r, MapQueries maps, HttpContext http, CancellationToken ct) =>
                FromAfterTo(r) ?? Png(await CompareAsync(r, maps, http, ct), r.Dialogue))
            .WithName("GetCompareMapPng")
            .WithSummary("The same comparison as PNG, at `width` pixels")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<string?> ReachAsync(ReachMapRequest request, MapQueries maps, HttpContext http, CancellationToken ct) =>
        await maps.ReachAsync(request.Year, request.Filter, ct) is { } json
            ? WorldMapSvg.Render(json, MapTexts.Reach(JsonNode.Parse(json)!, request.Year.Value,
                Options(http, request.Width, request.Lang, request.Theme)))
            : null;

    private static async Task<string?> CompareAsync(CompareMapRequest request, MapQueries maps, HttpContext http, CancellationToken ct) =>
        await maps.CompareAsync(request.From, request.To, request.Filter, ct) is { } json
            ? WorldMapSvg.Render(json, MapTexts.Compare(JsonNode.Parse(json)!, request.From.Value, request.To.Value,
                Options(http, request.Width, request.Lang, request.Theme)))
            : null;

    private static MapOptions Options(HttpContext http, MapWidth? width, MapLanguage? lang, MapTheme? theme)
    {
        var filters = new[] { "series", "evidence", "dialogue" }
            .Where(name => http.Request.Query.ContainsKey(name))
            .Select(name => $"{name} {http.Request.Query[name]}")
            .ToArray();
        return new MapOptions((width ?? new MapWidth(MapWidth.Default)).Pixels, lang?.Chinese == true, theme?.Print == true,
            filters.Length == 0 ? null : "Filtered: " + string.Join("; ", filters) + ".", ResponseCaching.Version(http));
    }

    private static ProblemHttpResult? FromAfterTo(CompareMapRequest r) =>
        r.From.Value > r.To.Value ? Problems.BadParameter("from", $"from ({r.From}) is after to ({r.To}).") : null;

    private static Results<SvgText, ProblemHttpResult> Svg(string? svg, Core.Parameters.DialogueId? dialogue) =>
        svg is null ? Reach.ReachEndpoints.UnknownDialogue(dialogue) : new SvgText(svg);

    private static Results<PngImage, ProblemHttpResult> Png(string? svg, Core.Parameters.DialogueId? dialogue) =>
        svg is null ? Reach.ReachEndpoints.UnknownDialogue(dialogue) : new PngImage(SvgRaster.Png(svg));
}
