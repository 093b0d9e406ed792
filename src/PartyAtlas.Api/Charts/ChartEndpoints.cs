using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Countries;
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

/// <summary>GET /charts/countries/{iso3}.svg|png: one country's documented participation, party by party, over the years.</summary>
public sealed record CountryChartRequest(
    [FromRoute(Name = "iso3")] [property: Description("ISO 3166-1 alpha-3 code (or a documented user-assigned code); case-insensitive.")] Iso3 Iso3,
    [FromQuery(Name = "width")] [property: Description(MapDescriptions.Width)] MapWidth? Width,
    [FromQuery(Name = "lang")] [property: Description(MapDescriptions.Lang)] MapLanguage? Lang);

/// <summary>Static charts for reports: SVG drawn from the reach answers, PNG rasterised from that SVG.</summary>
public static class ChartEndpoints
{
    public static IEndpointRouteBuilder MapChartEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/charts").WithTags("Maps").ValidateRequest().CacheResponses().RequireRateLimiting(RateLimits.Analytics);
        group.MapFigure<TimelineChartRequest>("/timeline", "GetTimelineChart",
            "Documented against official countries and parties per year (official figures as ranges)", DrawTimelineAsync);
        group.MapFigure<RegionsChartRequest>("/regions/{year}", "GetRegionsChart",
            "One year's documented countries and regions per UN region (share of the region)", DrawRegionsAsync);
        group.MapFigure<CountryChartRequest>("/countries/{iso3}", "GetCountryChart",
            "One country's record: each participation row at its event's date, a lane per party, coloured by evidence (absences hollow)",
            DrawCountryAsync, mayBeNotFound: true);
        return app;
    }

    private static async Task<Figure> DrawTimelineAsync(TimelineChartRequest request, HttpContext http, CancellationToken ct) =>
        TimelineChartSvg.Render(await http.RequestServices.GetRequiredService<ReachQueries>().TimelineAsync(request.Filter, false, ct),
            (request.Width ?? new MapWidth(MapWidth.Default)).Pixels, request.Lang?.Chinese == true, request.Theme?.Print == true,
            ResponseCaching.Version(http), Figures.FilterNote(http, "series", "evidence"));

    private static async Task<Figure> DrawCountryAsync(CountryChartRequest request, HttpContext http, CancellationToken ct)
    {
        if (await http.RequestServices.GetRequiredService<CountryQueries>().TimelineAsync(request.Iso3, ct) is not { } json)
        {
            return Problems.NotFound($"No country or region with code {request.Iso3}.");
        }

        var years = await http.RequestServices.GetRequiredService<ReachQueries>().TimelineAsync(new ReachFilter(), false, ct);
        return CountryChartSvg.Render(json, years, (request.Width ?? new MapWidth(MapWidth.Default)).Pixels, request.Lang?.Chinese == true,
            ResponseCaching.Version(http));
    }

    private static async Task<Figure> DrawRegionsAsync(RegionsChartRequest request, HttpContext http, CancellationToken ct) =>
        RegionsChartSvg.Render(
            await http.RequestServices.GetRequiredService<ReachQueries>().RegionsAsync(request.Year, request.Filter, GeometryDetail.Of(new Zoom(0), new Precision(0)), ct),
            request.Year.Value, (request.Width ?? new MapWidth(MapWidth.Default)).Pixels, request.Lang?.Chinese == true, request.Theme?.Print == true,
            ResponseCaching.Version(http), Figures.FilterNote(http, "series", "evidence"));
}
