using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PartyAtlas.Api.Ogc.Html;

/// <summary>
/// A small inline SVG map of GeoJSON geometries (CRS84) for the HTML pages: plate carrée, fitted to the
/// geometries, coordinates rounded to about a pixel and repeated points dropped, so a page of countries
/// stays small. No script, no tiles, nothing fetched: it renders under the strictest CSP.
/// </summary>
internal static class SvgMap
{
    private const double Pixels = 720;

    public static string Render(IReadOnlyList<JsonNode?> geometries)
    {
        var rings = new List<List<(double X, double Y)>>();
        var points = new List<(double X, double Y)>();
        foreach (var geometry in geometries)
        {
            Collect(geometry, rings, points);
        }

        var all = rings.SelectMany(r => r).Concat(points).ToArray();
        if (all.Length == 0)
        {
            return "";
        }

        var (minX, maxX, minY, maxY) = (all.Min(p => p.X), all.Max(p => p.X), all.Min(p => p.Y), all.Max(p => p.Y));
        var width = Math.Max(maxX - minX, 20) * 1.1;
        var height = Math.Max(maxY - minY, 10) * 1.1;
        var (cx, cy) = ((minX + maxX) / 2, (minY + maxY) / 2);
        var (left, top) = (Math.Max(-180, cx - width / 2), Math.Max(-90, -(cy + height / 2)));
        (width, height) = (Math.Min(width, 360), Math.Min(height, 180));
        var step = width / Pixels;
        var radius = Math.Max(width, height) / 120;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{N(left)} {N(top)} {N(width)} {N(height)}\" role=\"img\" aria-label=\"Map of the features on this page\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"sea\" x=\"{N(left)}\" y=\"{N(top)}\" width=\"{N(width)}\" height=\"{N(height)}\"/>");
        if (rings.Count > 0)
        {
            svg.Append("<path class=\"feature\" fill-rule=\"evenodd\" vector-effect=\"non-scaling-stroke\" d=\"");
            foreach (var ring in rings)
            {
                AppendRing(svg, ring, step);
            }

            svg.Append("\"/>");
        }

        foreach (var (x, y) in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"place\" cx=\"{N(x)}\" cy=\"{N(-y)}\" r=\"{N(radius)}\" vector-effect=\"non-scaling-stroke\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void AppendRing(StringBuilder svg, List<(double X, double Y)> ring, double step)
    {
        (double, double)? last = null;
        var first = true;
        foreach (var (x, y) in ring)
        {
            var rounded = (Math.Round(x / step) * step, Math.Round(-y / step) * step);
            if (rounded == last)
            {
                continue;
            }

            svg.Append(first ? 'M' : 'L').Append(N(rounded.Item1)).Append(' ').Append(N(rounded.Item2));
            (first, last) = (false, rounded);
        }

        svg.Append('Z');
    }

    private static void Collect(JsonNode? geometry, List<List<(double, double)>> rings, List<(double, double)> points)
    {
        var coordinates = geometry?["coordinates"];
        switch ((string?)geometry?["type"])
        {
            case "Point":
                points.Add(Position(coordinates!));
                break;
            case "MultiPoint":
                points.AddRange(coordinates!.AsArray().Select(p => Position(p!)));
                break;
            // Lines are drawn as closed outlines: no collection has any; they only must not break the page.
            case "LineString":
                rings.Add(coordinates!.AsArray().Select(p => Position(p!)).ToList());
                break;
            case "Polygon":
            case "MultiLineString":
                rings.AddRange(coordinates!.AsArray().Select(r => r!.AsArray().Select(p => Position(p!)).ToList()));
                break;
            case "MultiPolygon":
                rings.AddRange(coordinates!.AsArray().SelectMany(polygon => polygon!.AsArray()).Select(r => r!.AsArray().Select(p => Position(p!)).ToList()));
                break;
            case "GeometryCollection":
                foreach (var part in geometry!["geometries"]!.AsArray())
                {
                    Collect(part, rings, points);
                }

                break;
        }
    }

    private static (double, double) Position(JsonNode position) => ((double)position[0]!, (double)position[1]!);

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
