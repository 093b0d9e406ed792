using System.Globalization;
using System.Net;
using System.Text;

namespace PartyAtlas.Api.Maps;

/// <summary>What every figure has around its drawing: the wrapped title, subtitle and filters on top, the source below, and the SVG document.</summary>
internal static class FigureSvg
{
    public const int Margin = 16;

    /// <summary>Title (20 px bold), subtitle and the filters in words, each wrapped to the figure's width; returns the next baseline.</summary>
    public static double Header(StringBuilder body, int width, string title, string subtitle, string? filterNote, int subtitleSize, string? subtitleId = null)
    {
        var textWidth = width - 2.0 * Margin;
        var next = TextLayout.Block(body, title, Margin, 30, textWidth, 20, 24, $"fill=\"{Palette.Ink}\"", bold: true);
        var id = subtitleId is null ? "" : $"id=\"{subtitleId}\" ";
        next = TextLayout.Block(body, subtitle, Margin, next - 2, textWidth, subtitleSize, subtitleSize + 4, $"{id}fill=\"{Palette.Text}\"");
        return filterNote is null ? next : TextLayout.Block(body, filterNote, Margin, next - 2, textWidth, 11, 14, $"fill=\"{Palette.Muted}\"");
    }

    /// <summary>The source line (10 px, wrapped) with its first baseline at <paramref name="baseline"/>; returns the figure's height.</summary>
    public static int Footer(StringBuilder body, int width, string source, double baseline) =>
        (int)Math.Ceiling(TextLayout.Block(body, source, Margin, baseline, width - 2.0 * Margin, 10, 13, $"fill=\"{Palette.Muted}\""));

    /// <summary>The SVG document: the size, the fonts, the paper, then the body.</summary>
    public static string Document(int width, int height, bool chinese, string paper, StringBuilder body)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"{FigureFonts.Family(chinese)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect id=\"paper\" width=\"{width}\" height=\"{height}\" fill=\"{paper}\"/>");
        return svg.Append(body).Append("</svg>").ToString();
    }

    /// <summary>A number for an SVG attribute: invariant culture, rounded to <paramref name="decimals"/>.</summary>
    public static string N(double value, int decimals = 2) => Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture);

    /// <summary>Text or an attribute value, escaped for SVG (XML).</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
