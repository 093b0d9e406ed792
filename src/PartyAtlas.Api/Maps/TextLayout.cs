using System.Globalization;
using System.Text;
using static PartyAtlas.Api.Maps.FigureSvg;

namespace PartyAtlas.Api.Maps;

/// <summary>
/// The figures' texts wrapped to the figure's width, so a title or a coverage line never runs off a narrow
/// figure (300 pixels and up). Widths are estimated, not measured: SVG readers choose their own fonts, so the
/// estimate takes the widest of the fonts asked for (DejaVu Sans) and full width for CJK characters.
/// </summary>
internal static class TextLayout
{
    private const string Closing = "，。；：、！？）」』》〉…,.;:!?)";
    private const string Opening = "（「『《〈(";

    /// <summary>The estimated width of <paramref name="text"/> at <paramref name="size"/> pixels.</summary>
    public static double Width(string text, double size, bool bold = false) => text.Sum(c => IsWide(c) ? 1.0 : bold ? 0.7 : 0.62) * size;

    /// <summary>
    /// The text in lines no wider than <paramref name="maxWidth"/> (a single word wider than that stays whole):
    /// broken at spaces and between CJK characters, never before closing or after opening punctuation. Each line
    /// but the last keeps its trailing space, so the lines joined give back the text.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double size, bool bold = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var token in Tokens(text))
        {
            if (line.Length > 0 && Width(line + token.TrimEnd(), size, bold) > maxWidth)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(token);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>The text if it fits <paramref name="maxWidth"/>, else cut character by character and ended with "…".</summary>
    public static string Fit(string text, double maxWidth, double size)
    {
        if (Width(text, size) <= maxWidth)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 0 && Width(text[..cut].TrimEnd() + "…", size) > maxWidth)
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }

    /// <summary>
    /// Appends a wrapped text as one &lt;text&gt; element, a &lt;tspan&gt; per line, the first baseline at
    /// <paramref name="y"/>; returns the baseline after the last line.
    /// </summary>
    public static double Block(StringBuilder svg, string text, double x, double y, double maxWidth, double size, double lineHeight,
        string attributes, bool bold = false)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\"{(bold ? " font-weight=\"bold\"" : "")} {attributes}>");
        foreach (var line in Wrap(text, maxWidth, size, bold))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{N(x)}\" y=\"{N(y)}\">{E(line)}</tspan>");
            y += lineHeight;
        }

        svg.Append("</text>");
        return y;
    }

    // A word with its trailing spaces, or one CJK character with the punctuation that may not start a line.
    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        foreach (var c in text)
        {
            var last = token.Length > 0 ? token[^1] : '\0';
            var breakBefore = token.Length > 0 && !Closing.Contains(c) && !Opening.Contains(last)
                && ((last == ' ' && c != ' ') || (IsWide(c) && c != ' ') || (IsWide(last) && c != ' '));
            if (breakBefore)
            {
                yield return token.ToString();
                token.Clear();
            }

            token.Append(c);
        }

        if (token.Length > 0)
        {
            yield return token.ToString();
        }
    }

    private static bool IsWide(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
