using System.Text.Json.Nodes;
using PartyAtlas.Core.Maps;

namespace PartyAtlas.Api.Maps;

/// <summary>Static maps for reports and papers: SVG drawn from PostGIS geometry, PNG rasterised from that SVG.</summary>
public static class MapEndpoints
{
    public static IEndpointRouteBuilder MapMapEndpoints(this IEndpointRouteBuilder app)
    {
        FigureFonts.WarnWhenChineseIsMissing(app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("PartyAtlas.Figures"));
        var group = app.MapGroup("/maps").WithTags("Maps").ValidateRequest().CacheResponses().RequireRateLimiting(RateLimits.Analytics);
        group.MapFigure<ReachMapRequest>("/reach/{year}", "GetReachMap",
            "One year's documented reach as a map (Equal Earth): each country's strongest evidence, or with view=parties its documented parties; with title, coverage line, legend and attribution", DrawReachAsync);
        group.MapFigure<CompareMapRequest>("/compare/{from}-{to}", "GetCompareMap",
            "Two years compared (joined, left, stayed) as a map (Equal Earth), with the counts", DrawCompareAsync);
        return app;
    }

    private static async Task<Figure> DrawReachAsync(ReachMapRequest request, HttpContext http, CancellationToken ct) =>
        await http.RequestServices.GetRequiredService<MapQueries>().ReachAsync(request.Year, request.Filter, ct) is { } json
            && JsonNode.Parse(json)! is var data
            ? request.View?.Parties == true
                ? WorldMapSvg.Render(ClassedByParties(data), MapTexts.Parties(data, request.Year.Value, Options(http, request.Width, request.Lang, request.Theme)))
                : WorldMapSvg.Render(data, MapTexts.Reach(data, request.Year.Value, Options(http, request.Width, request.Lang, request.Theme)))
            : Reach.ReachEndpoints.UnknownDialogue(request.Dialogue);

    private static async Task<Figure> DrawCompareAsync(CompareMapRequest request, HttpContext http, CancellationToken ct)
    {
        if (request.From.Value > request.To.Value)
        {
            return Problems.BadParameter("from", $"from ({request.From}) is after to ({request.To}).");
        }

        return await http.RequestServices.GetRequiredService<MapQueries>().CompareAsync(request.From, request.To, request.Filter, ct) is { } json
            && JsonNode.Parse(json)! is var data
            ? WorldMapSvg.Render(data, MapTexts.Compare(data, request.From.Value, request.To.Value, Options(http, request.Width, request.Lang, request.Theme)))
            : Reach.ReachEndpoints.UnknownDialogue(request.Dialogue);
    }

    // The parties view: each documented country's class (its strongest evidence) becomes its party class.
    private static JsonNode ClassedByParties(JsonNode data)
    {
        foreach (var country in data["countries"]!.AsArray().Where(c => c!["class"] is not null))
        {
            country!["class"] = MapTexts.PartyClassKey((int?)country["parties"] ?? 0);
        }

        return data;
    }

    private static MapOptions Options(HttpContext http, MapWidth? width, MapLanguage? lang, MapTheme? theme) =>
        new((width ?? new MapWidth(MapWidth.Default)).Pixels, lang?.Chinese == true, theme?.Print == true,
            Figures.FilterNote(http, "series", "evidence", "dialogue"), ResponseCaching.Version(http));
}
