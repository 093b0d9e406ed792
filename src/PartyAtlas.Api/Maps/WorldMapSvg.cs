using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using static PartyAtlas.Api.Maps.FigureSvg;

namespace PartyAtlas.Api.Maps;

/// <summary>A class of the map's legend: the countries whose class is <paramref name="Key"/> are filled with <paramref name="Colour"/>.</summary>
internal sealed record MapClass(string Key, string Colour, string Label);

/// <summary>What a figure says around its map: title, the coverage or count line, filters, legend and attribution.</summary>
internal sealed record MapFigure(
    string Title, string Subtitle, string? FilterNote, IReadOnlyList<MapClass> Classes, string Unclassed, string LegendNote, string Attribution,
    int Width, bool Chinese, bool Print);

/// <summary>
/// Draws a static world map as SVG from what PostGIS prepared (0014: Equal Earth, in kilometres, simplified;
/// Core/Maps: each country's class): title, subtitle (the coverage line), the choropleth, small places as
/// circles, a legend, the source and Natural Earth's attribution. The map group carries its transform, so a
/// reader of the figure (or a test) can place a coordinate on it.
/// </summary>
internal static class WorldMapSvg
{
    // Equal Earth's extent in kilometres (the globe's outline spans ±17,243 by ±8,392).
    private const double HalfWidthKm = 17_243.0;
    private const double HalfHeightKm = 8_392.0;
    private const int Margin = FigureSvg.Margin;

    public static string Render(JsonNode data, MapFigure figure)
    {
        var width = figure.Width;
        var textWidth = width - 2.0 * Margin;
        var colours = figure.Classes.ToDictionary(c => c.Key, c => c.Colour, StringComparer.Ordinal);
        var (paper, sea, land, line) = figure.Print
            ? (Palette.Paper, Palette.Paper, Palette.PrintLand, Palette.PrintOutline)
            : (Palette.Paper, Palette.Sea, Palette.Land, Palette.Outline);

        // Title, coverage line and filters, each wrapped to the width; the map below them.
        var body = new StringBuilder();
        var next = FigureSvg.Header(body, width, figure.Title, figure.Subtitle, figure.FilterNote, 13, "coverage");
        var mapTop = next + 5;
        var scale = textWidth / (2 * HalfWidthKm);
        var mapHeight = 2 * HalfHeightKm * scale;
        var (tx, ty) = (width / 2.0, mapTop + mapHeight / 2);

        // The map: kilometres of Equal Earth, y down (ST_AsSVG), centred and scaled to the figure.
        var stroke = 0.6 / scale;
        body.Append(CultureInfo.InvariantCulture, $"<g id=\"map\" transform=\"translate({N(tx)} {N(ty)}) scale({N(scale, 6)})\">");
        body.Append(CultureInfo.InvariantCulture, $"<path id=\"globe\" d=\"{data["globe"]}\" fill=\"{sea}\" stroke=\"{line}\" stroke-width=\"{N(stroke)}\"/>");
        body.Append(CultureInfo.InvariantCulture, $"<g stroke=\"{line}\" stroke-width=\"{N(stroke / 2)}\" stroke-linejoin=\"round\">");
        var points = new StringBuilder();
        foreach (var country in data["countries"]!.AsArray())
        {
            var fill = (string?)country!["class"] is { } key && colours.TryGetValue(key, out var c) ? c : land;
            var iso3 = E((string?)country["iso3"]);
            if ((string?)country["d"] is { Length: > 0 } d)
            {
                var name = (string?)country[figure.Chinese ? "name_zh" : "name_en"] ?? (string?)country["name_en"];
                body.Append(CultureInfo.InvariantCulture, $"<path data-iso3=\"{iso3}\" fill=\"{fill}\" fill-rule=\"evenodd\" d=\"{d}\"><title>{E(name)}</title></path>");
            }

            if (country["point"] is JsonArray { Count: 2 } p)
            {
                points.Append(CultureInfo.InvariantCulture, $"<circle data-iso3=\"{iso3}\" cx=\"{p[0]}\" cy=\"{p[1]}\" r=\"{N(3.5 / scale)}\" fill=\"{fill}\" stroke=\"{Palette.SmallPlace.Core}\" stroke-width=\"{N(0.8 / scale)}\"/>");
            }
        }

        body.Append("</g>").Append(points).Append("</g>");
        next = Legend(body, figure, land, line, mapTop + mapHeight + 14, width);
        return FigureSvg.Document(width, FigureSvg.Footer(body, width, figure.Attribution, next + 8), figure.Chinese, paper, body);
    }

    // The legend's swatches flow in rows within the width; its note below them. Returns the next baseline.
    private static double Legend(StringBuilder svg, MapFigure figure, string land, string line, double top, int width)
    {
        var x = (double)Margin;
        svg.Append(CultureInfo.InvariantCulture, $"<g id=\"legend\" font-size=\"12\" fill=\"{Palette.Ink}\">");
        foreach (var (colour, label) in figure.Classes.Select(c => (c.Colour, c.Label)).Append((land, figure.Unclassed)))
        {
            var itemWidth = 20 + TextLayout.Width(label, 12);
            if (x > Margin && x + itemWidth > width - Margin)
            {
                (x, top) = (Margin, top + 22);
            }

            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(top)}\" width=\"14\" height=\"14\" fill=\"{colour}\" stroke=\"{line}\" stroke-width=\"0.6\"/>");
            var below = TextLayout.Block(svg, label, x + 20, top + 12, width - Margin - (x + 20), 12, 15, "") - (top + 12 + 15);
            x += itemWidth + 14;
            if (below > 0)
            {
                // A label too long for a row (a narrow figure) wraps beside its swatch; the next item starts a row.
                (x, top) = (width, top + below);
            }
        }

        var next = TextLayout.Block(svg, figure.LegendNote, Margin, top + 36, width - 2.0 * Margin, 11, 14, $"fill=\"{Palette.Muted}\"");
        svg.Append("</g>");
        return next;
    }
}
