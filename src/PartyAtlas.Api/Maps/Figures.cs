using Microsoft.AspNetCore.Http.HttpResults;

namespace PartyAtlas.Api.Maps;

/// <summary>What drawing a figure gave: its SVG, or the problem that stopped it (an unknown event, years in the wrong order).</summary>
internal readonly record struct Figure(string? Svg, ProblemHttpResult? Problem)
{
    public static implicit operator Figure(string svg) => new(svg, null);

    public static implicit operator Figure(ProblemHttpResult problem) => new(null, problem);
}

/// <summary>Every figure is served twice from one drawing: `{route}.svg` as drawn, `{route}.png` rasterised from it.</summary>
internal static class Figures
{
    public static void MapFigure<TRequest>(this RouteGroupBuilder group, string route, string name, string summary,
        Func<TRequest, HttpContext, CancellationToken, Task<Figure>> draw, bool mayBeNotFound = false)
    {
        group.MapGet($"{route}.svg", async Task<Results<SvgText, ProblemHttpResult>> ([AsParameters] TRequest request, HttpContext http, CancellationToken ct) =>
            {
                var figure = await draw(request, http, ct);
                return figure.Svg is { } svg ? new SvgText(svg) : figure.Problem!;
            })
            .WithName($"{name}Svg").WithSummary($"{summary}, as SVG").ProducesProblem(StatusCodes.Status400BadRequest).NotFoundWhen(mayBeNotFound);
        group.MapGet($"{route}.png", async Task<Results<PngImage, ProblemHttpResult>> ([AsParameters] TRequest request, HttpContext http, CancellationToken ct) =>
            {
                var figure = await draw(request, http, ct);
                return figure.Svg is { } svg ? new PngImage(SvgRaster.Png(svg)) : figure.Problem!;
            })
            .WithName($"{name}Png").WithSummary($"{summary}, as PNG at `width` pixels").ProducesProblem(StatusCodes.Status400BadRequest).NotFoundWhen(mayBeNotFound);
    }

    private static RouteHandlerBuilder NotFoundWhen(this RouteHandlerBuilder builder, bool mayBeNotFound) =>
        mayBeNotFound ? builder.ProducesProblem(StatusCodes.Status404NotFound) : builder;

    /// <summary>"Filtered: series global; evidence all." for the filters the request gave, or null.</summary>
    public static string? FilterNote(HttpContext http, params string[] names)
    {
        var filters = names.Where(n => http.Request.Query.ContainsKey(n)).Select(n => $"{n} {http.Request.Query[n]}").ToArray();
        return filters.Length == 0 ? null : "Filtered: " + string.Join("; ", filters) + ".";
    }
}
