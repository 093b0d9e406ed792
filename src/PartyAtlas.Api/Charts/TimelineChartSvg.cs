using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PartyAtlas.Api.Maps;
using static PartyAtlas.Api.Maps.FigureSvg;

namespace PartyAtlas.Api.Charts;

/// <summary>
/// The timeline chart as SVG, from /reach/timeline's rows: per year, documented countries (a bar) against
/// the official figures as a range (an error bar from the lowest to the highest figure any source or event
/// gives, never an average), and the same for parties where an official figure exists. Each bar and range
/// carries its year and values as data attributes, and a title for hover.
/// </summary>
internal static class TimelineChartSvg
{
    private const int Left = 56;
    private const int Right = 16;
    private const int PanelHeight = 190;
    private const int Gap = 38;

    public static string Render(string timelineJson, int width, bool chinese, bool print, string dataVersion, string? filterNote)
    {
        var years = JsonNode.Parse(timelineJson)!["years"]!.AsArray().Select(y => y!).ToArray();
        var body = new StringBuilder();
        var next = FigureSvg.Header(body, width,
            chinese ? "中国共产党多边政党对话：有记录与官方报道的数字，逐年" : "The CPC's multilateral party dialogues: documented and official figures, year by year",
            chinese ? "柱：有记录的数量；竖线：官方报道的范围（各来源与各场活动中最低到最高）。所有名单均不完整。" : "Bars: documented. Lines: the official figures as reported, lowest to highest across sources and events. Every list is partial.",
            filterNote, 12);

        // Year labels turn when a year's slot is narrower than the label.
        var turned = (width - Left - Right) / (double)Math.Max(1, years.Length) < TextLayout.Width("2014", 11) + 6;
        var labels = turned ? 40 : 16;
        var top = next + 28;
        Panel(body, years, width, top, turned, chinese ? "国家和地区" : "Countries and regions", "countries", print ? Palette.PrintBar : Palette.ChartCountries);
        top += PanelHeight + labels + Gap;
        Panel(body, years, width, top, turned, chinese ? "政党" : "Parties", "parties", print ? Palette.PrintBar : Palette.ChartParties);
        var height = FigureSvg.Footer(body, width,
            chinese ? $"来源：PartyAtlas（数据版本 {dataVersion}），据公开报道逐条注明出处。" : $"Source: PartyAtlas (data version {dataVersion}), from public reports, each row with its source.",
            top + PanelHeight + labels + 24);
        return FigureSvg.Document(width, height, chinese, Palette.Paper, body);
    }

    private static void Panel(StringBuilder svg, JsonNode[] years, int width, double top, bool turnedLabels, string title, string what, string colour)
    {
        var max = years.Max(y => Math.Max((int?)y[$"official_{what}_high"] ?? 0, (int?)y[$"documented_{what}"] ?? 0));
        var step = NiceStep(max);
        var ceiling = Math.Max(step, (int)Math.Ceiling(max / (double)step) * step);
        var plotWidth = width - Left - Right;
        var slot = plotWidth / (double)years.Length;
        double Y(double value) => top + PanelHeight - value / ceiling * PanelHeight;

        svg.Append(CultureInfo.InvariantCulture, $"<g id=\"{what}\" font-size=\"11\" fill=\"{Palette.Text}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{top - 14}\" font-size=\"13\" font-weight=\"bold\">{E(title)}</text>");
        for (var tick = 0; tick <= ceiling; tick += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{width - Right}\" y1=\"{N(Y(tick))}\" y2=\"{N(Y(tick))}\" stroke=\"{Palette.Grid}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{N(Y(tick) + 4)}\" text-anchor=\"end\">{tick}</text>");
        }

        for (var i = 0; i < years.Length; i++)
        {
            var year = (int)years[i]["year"]!;
            var documented = (int?)years[i][$"documented_{what}"] ?? 0;
            var (low, high) = ((int?)years[i][$"official_{what}_low"], (int?)years[i][$"official_{what}_high"]);
            var x = Left + slot * i;
            var bar = slot * 0.5;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"documented\" data-year=\"{year}\" data-value=\"{documented}\" x=\"{N(x + (slot - bar) / 2)}\" y=\"{N(Y(documented))}\" width=\"{N(bar)}\" height=\"{N(Y(0) - Y(documented))}\" fill=\"{colour}\"><title>{year}: {documented} documented</title></rect>");
            if (low is { } l)
            {
                var h = high ?? l;
                var cx = x + slot / 2;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<g class=\"official\" data-year=\"{year}\" data-low=\"{l}\" data-high=\"{h}\" stroke=\"{Palette.ChartOfficial}\" stroke-width=\"1.5\"><title>{year}: official {l}{(h > l ? $"–{h}" : "")}</title>"
                    + $"<line x1=\"{N(cx)}\" x2=\"{N(cx)}\" y1=\"{N(Y(l))}\" y2=\"{N(Y(h))}\"/>"
                    + $"<line x1=\"{N(cx - 6)}\" x2=\"{N(cx + 6)}\" y1=\"{N(Y(l))}\" y2=\"{N(Y(l))}\"/><line x1=\"{N(cx - 6)}\" x2=\"{N(cx + 6)}\" y1=\"{N(Y(h))}\" y2=\"{N(Y(h))}\"/></g>");
            }

            var (lx, ly) = (x + slot / 2, top + PanelHeight + 16);
            svg.Append(turnedLabels
                ? $"<text x=\"{N(lx + 4)}\" y=\"{N(ly - 4)}\" text-anchor=\"end\" transform=\"rotate(-50 {N(lx + 4)} {N(ly - 4)})\">{year}</text>"
                : $"<text x=\"{N(lx)}\" y=\"{N(ly)}\" text-anchor=\"middle\">{year}</text>");
        }

        svg.Append("</g>");
    }

    private static int NiceStep(int max) => max switch { <= 10 => 2, <= 50 => 10, <= 100 => 20, <= 250 => 50, <= 500 => 100, <= 1000 => 200, _ => 500 };
}
