using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartyAtlas.Api.Tiles;

namespace PartyAtlas.Api.Maps;

/// <summary>
/// Draws the static reach map as SVG from what PostGIS prepared (Core/Maps/reach_map.sql: Equal Earth, in
/// kilometres, simplified): a title, the year's coverage line, the choropleth in the viewer's evidence
/// colours, small places as circles, a legend, the source and Natural Earth's attribution. The map group
/// carries its transform, so a reader of the figure (or a test) can place a coordinate on it.
/// </summary>
internal static class ReachMapSvg
{
    // Equal Earth's extent in kilometres (the globe's outline spans ±17,243 by ±8,392).
    private const double HalfWidthKm = 17_243.0;
    private const double HalfHeightKm = 8_392.0;
    private const int Header = 76;
    private const int LegendHeight = 56;
    private const int FooterHeight = 34;
    private const int Margin = 16;

    public static string Render(string json, int year, int width, bool chinese, bool print, string dataVersion, string? filterNote)
    {
        var data = JsonNode.Parse(json)!;
        var colours = StyleEndpoint.EvidenceColours.ToDictionary(c => c.Evidence, c => c.Colour, StringComparer.Ordinal);
        var scale = (width - 2.0 * Margin) / (2 * HalfWidthKm);
        var mapHeight = 2 * HalfHeightKm * scale;
        var height = (int)Math.Ceiling(Header + mapHeight + LegendHeight + FooterHeight);
        var (tx, ty) = (width / 2.0, Header + mapHeight / 2);
        var (paper, sea, land, line) = print ? ("#ffffff", "#ffffff", "#f4f4f4", "#555555") : ("#ffffff", "#dde8f0", "#f3f1ec", "#8d8a83");
        var font = chinese ? "Noto Sans CJK SC, Noto Sans SC, WenQuanYi Micro Hei, sans-serif" : "DejaVu Sans, Liberation Sans, Arial, sans-serif";

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"{font}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect id=\"paper\" width=\"{width}\" height=\"{height}\" fill=\"{paper}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"30\" font-size=\"20\" font-weight=\"bold\" fill=\"#1d2330\">{E(Title(year, chinese))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text id=\"coverage\" x=\"{Margin}\" y=\"54\" font-size=\"13\" fill=\"#333333\">{E(CoverageLine(data["coverage"]!, year, chinese))}</text>");
        if (filterNote is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"70\" font-size=\"11\" fill=\"#555555\">{E(filterNote)}</text>");
        }

        // The map: kilometres of Equal Earth, y down (ST_AsSVG), centred and scaled to the figure.
        var stroke = 0.6 / scale;
        svg.Append(CultureInfo.InvariantCulture, $"<g id=\"map\" transform=\"translate({N(tx)} {N(ty)}) scale({N(scale, 6)})\">");
        svg.Append(CultureInfo.InvariantCulture, $"<path id=\"globe\" d=\"{data["globe"]}\" fill=\"{sea}\" stroke=\"{line}\" stroke-width=\"{N(stroke)}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<g stroke=\"{line}\" stroke-width=\"{N(stroke / 2)}\" stroke-linejoin=\"round\">");
        var points = new StringBuilder();
        foreach (var country in data["countries"]!.AsArray())
        {
            var evidence = (string?)country!["evidence"];
            var fill = evidence is not null && colours.TryGetValue(evidence, out var c) ? c : land;
            var iso3 = E((string?)country["iso3"]);
            if ((string?)country["d"] is { Length: > 0 } d)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<path data-iso3=\"{iso3}\" fill=\"{fill}\" fill-rule=\"evenodd\" d=\"{d}\"><title>{E((string?)country[chinese ? "name_zh" : "name_en"] ?? (string?)country["name_en"])}</title></path>");
            }

            if (country["point"] is JsonArray { Count: 2 } p)
            {
                points.Append(CultureInfo.InvariantCulture, $"<circle data-iso3=\"{iso3}\" cx=\"{p[0]}\" cy=\"{p[1]}\" r=\"{N(3.5 / scale)}\" fill=\"{fill}\" stroke=\"#333333\" stroke-width=\"{N(0.8 / scale)}\"/>");
            }
        }

        svg.Append("</g>").Append(points).Append("</g>");
        Legend(svg, colours, land, line, Header + mapHeight + 14, chinese);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"{N(height - 12)}\" font-size=\"10\" fill=\"#555555\">{E(Attribution(dataVersion, chinese))}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static void Legend(StringBuilder svg, Dictionary<string, string> colours, string land, string line, double top, bool chinese)
    {
        var entries = new List<(string Colour, string Label)>
        {
            (colours["spoke"], chinese ? "发言" : "Spoke"),
            (colours["delegation"], chinese ? "代表团" : "Delegation"),
            (colours["attended"], chinese ? "出席" : "Attended"),
            (colours["watched_at_venue"], chinese ? "在会场收看" : "Watched at a venue"),
            (land, chinese ? "无记录（沉默不等于缺席）" : "Nothing documented (silence is not absence)"),
        };
        var x = (double)Margin;
        svg.Append(CultureInfo.InvariantCulture, $"<g id=\"legend\" font-size=\"12\" fill=\"#1d2330\">");
        foreach (var (colour, label) in entries)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(top)}\" width=\"14\" height=\"14\" fill=\"{colour}\" stroke=\"{line}\" stroke-width=\"0.6\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 20)}\" y=\"{N(top + 12)}\">{E(label)}</text>");
            x += 34 + label.Length * (chinese ? 12 : 6.6);
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"{N(top + 36)}\" font-size=\"11\" fill=\"#555555\">{E(chinese ? "颜色：当年最强的确认证据；小国与只有点位的地区以圆点表示。" : "Colour: the year's strongest confirmed evidence; small countries and places with only a point are circles.")}</text>");
        svg.Append("</g>");
    }

    private static string Title(int year, bool chinese) => chinese
        ? $"{year}年中国共产党多边政党对话：有据可查的参与国家和地区"
        : $"Documented reach of the CPC's multilateral party dialogues, {year}";

    /// <summary>"49 countries and regions documented of 160+ reported (7 events); 60 parties of 500+. Every list is partial."</summary>
    internal static string CoverageLine(JsonNode coverage, int year, bool chinese)
    {
        var documented = (int?)coverage["documented_countries"] ?? 0;
        var official = Range((int?)coverage["official_countries_low"], (int?)coverage["official_countries_high"]);
        var parties = (int?)coverage["documented_parties"] ?? 0;
        var officialParties = Range((int?)coverage["official_parties_low"], (int?)coverage["official_parties_high"]);
        var events = coverage["events"]?.AsArray().Count ?? 0;
        return chinese
            ? $"{year}年：有记录 {documented} 个国家和地区（官方报道 {official ?? "未知"}，{events} 场活动）；有记录 {parties} 个政党（官方报道 {officialParties ?? "未知"}）。所有名单均不完整。"
            : $"{year}: {documented} countries and regions documented of {official ?? "an unreported number"} reported ({events} events); "
              + $"{parties} parties of {officialParties ?? "an unreported number"}. Every list is partial.";
    }

    // The lowest official figure with "+" when sources (or events) give more: never an average.
    private static string? Range(int? low, int? high) => low is null ? null : high > low ? $"{low}+" : $"{low}";

    private static string Attribution(string version, bool chinese) => chinese
        ? $"来源：PartyAtlas（数据版本 {version}），据公开报道逐条注明出处；边界：Natural Earth（公有领域）；等积投影 Equal Earth。"
        : $"Source: PartyAtlas (data version {version}), from public reports, each row with its source. Boundaries: Natural Earth (public domain). Equal Earth projection.";

    private static string N(double value, int decimals = 2) => Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture);

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
