using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

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
    private const int Header = 76;
    private const int LegendHeight = 56;
    private const int FooterHeight = 34;
    private const int Margin = 16;

    public static string Render(JsonNode data, MapFigure figure)
    {
        var width = figure.Width;
        var colours = figure.Classes.ToDictionary(c => c.Key, c => c.Colour, StringComparer.Ordinal);
        var scale = (width - 2.0 * Margin) / (2 * HalfWidthKm);
        var mapHeight = 2 * HalfHeightKm * scale;
        var height = (int)Math.Ceiling(Header + mapHeight + LegendHeight + FooterHeight);
        var (tx, ty) = (width / 2.0, Header + mapHeight / 2);
        var (paper, sea, land, line) = figure.Print
            ? (Palette.Paper, Palette.Paper, Palette.PrintLand, Palette.PrintOutline)
            : (Palette.Paper, Palette.Sea, Palette.Land, Palette.Outline);
        var font = FigureFonts.Family(figure.Chinese);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"{font}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect id=\"paper\" width=\"{width}\" height=\"{height}\" fill=\"{paper}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"30\" font-size=\"20\" font-weight=\"bold\" fill=\"{Palette.Ink}\">{E(figure.Title)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text id=\"coverage\" x=\"{Margin}\" y=\"54\" font-size=\"13\" fill=\"{Palette.Text}\">{E(figure.Subtitle)}</text>");
        if (figure.FilterNote is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"70\" font-size=\"11\" fill=\"{Palette.Muted}\">{E(figure.FilterNote)}</text>");
        }

        // The map: kilometres of Equal Earth, y down (ST_AsSVG), centred and scaled to the figure.
        var stroke = 0.6 / scale;
        svg.Append(CultureInfo.InvariantCulture, $"<g id=\"map\" transform=\"translate({N(tx)} {N(ty)}) scale({N(scale, 6)})\">");
        svg.Append(CultureInfo.InvariantCulture, $"<path id=\"globe\" d=\"{data["globe"]}\" fill=\"{sea}\" stroke=\"{line}\" stroke-width=\"{N(stroke)}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<g stroke=\"{line}\" stroke-width=\"{N(stroke / 2)}\" stroke-linejoin=\"round\">");
        var points = new StringBuilder();
        foreach (var country in data["countries"]!.AsArray())
        {
            var fill = (string?)country!["class"] is { } key && colours.TryGetValue(key, out var c) ? c : land;
            var iso3 = E((string?)country["iso3"]);
            if ((string?)country["d"] is { Length: > 0 } d)
            {
                var name = (string?)country[figure.Chinese ? "name_zh" : "name_en"] ?? (string?)country["name_en"];
                svg.Append(CultureInfo.InvariantCulture, $"<path data-iso3=\"{iso3}\" fill=\"{fill}\" fill-rule=\"evenodd\" d=\"{d}\"><title>{E(name)}</title></path>");
            }

            if (country["point"] is JsonArray { Count: 2 } p)
            {
                points.Append(CultureInfo.InvariantCulture, $"<circle data-iso3=\"{iso3}\" cx=\"{p[0]}\" cy=\"{p[1]}\" r=\"{N(3.5 / scale)}\" fill=\"{fill}\" stroke=\"{Palette.SmallPlace.Core}\" stroke-width=\"{N(0.8 / scale)}\"/>");
            }
        }

        svg.Append("</g>").Append(points).Append("</g>");
        Legend(svg, figure, land, line, Header + mapHeight + 14);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"{N(height - 12)}\" font-size=\"10\" fill=\"{Palette.Muted}\">{E(figure.Attribution)}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static void Legend(StringBuilder svg, MapFigure figure, string land, string line, double top)
    {
        var x = (double)Margin;
        svg.Append("<g id=\"legend\" font-size=\"12\" fill=\"{Palette.Ink}\">");
        foreach (var (colour, label) in figure.Classes.Select(c => (c.Colour, c.Label)).Append((land, figure.Unclassed)))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(top)}\" width=\"14\" height=\"14\" fill=\"{colour}\" stroke=\"{line}\" stroke-width=\"0.6\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 20)}\" y=\"{N(top + 12)}\">{E(label)}</text>");
            x += 34 + label.Length * (figure.Chinese ? 12 : 6.6);
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"{N(top + 36)}\" font-size=\"11\" fill=\"{Palette.Muted}\">{E(figure.LegendNote)}</text>");
        svg.Append("</g>");
    }

    private static string N(double value, int decimals = 2) => Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture);

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
