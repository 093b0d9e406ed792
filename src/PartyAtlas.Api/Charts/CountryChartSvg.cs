using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PartyAtlas.Api.Maps;
using static PartyAtlas.Api.Maps.FigureSvg;

namespace PartyAtlas.Api.Charts;

/// <summary>
/// One country's record as SVG, from /countries/{iso3}/timeline: a lane per party (and one for rows that name
/// none), each participation row a mark at its event's start date, filled with its evidence colour; an absence
/// reported by a source is a hollow mark. The years of the whole dataset run along the axis, so a year with no
/// mark shows as one: silence, not absence. Each mark carries its row's id, evidence and source as data and title.
/// </summary>
internal static class CountryChartSvg
{
    private const int Lane = 24;
    private const int Right = 16;

    public static string Render(string timelineJson, string datasetYearsJson, int width, bool chinese, string dataVersion)
    {
        var country = JsonNode.Parse(timelineJson)!;
        var entries = country["entries"]!.AsArray().Select(e => e!).ToArray();
        var datasetYears = JsonNode.Parse(datasetYearsJson)!["years"]!.AsArray().Select(y => (int)y!["year"]!).ToArray();
        // The dataset's years, widened to any year of this record outside them, so every mark is on the axis.
        var years = datasetYears.Concat(entries.Select(e => (int)e["year"]!)).DefaultIfEmpty(DateTime.UtcNow.Year).ToArray();
        var (first, last) = (years.Min(), years.Max());
        var name = (string?)country[chinese ? "name_zh" : "name_en"] ?? (string)country["name_en"]!;
        var unnamed = chinese ? "（未列出政党）" : "(no party named)";
        // A lane per party of the registry (a source's "CPRF" and "Communist Party of the Russian Federation" are one
        // party), else per name as the source wrote it, else the rows that name none.
        string LaneOf(JsonNode e) => e["party_names"]!.AsArray().Select(n => (string?)n).ToArray() is { Length: > 0 } names
            ? string.Join(" / ", names) : (string?)e["party"] ?? unnamed;
        var lanes = entries.GroupBy(LaneOf)
            .OrderBy(g => g.Min(e => (string)e["date"]!), StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
        var events = entries.Select(e => (string)e["dialogue_id"]!).Distinct().Count();
        var documented = country["years_documented"]?.AsArray().Count ?? 0;

        var body = new StringBuilder();
        var top = FigureSvg.Header(body, width,
            chinese ? $"{name}：在中国共产党多边政党对话中有记录的参与" : $"{name} in the CPC's multilateral party dialogues: the documented record",
            chinese ? $"{entries.Length} 条参与记录，{events} 场活动；{documented} 年有确认的参与{(country["first_year_documented"] is { } f ? $"（始于 {f} 年）" : "")}。所有名单均不完整：没有标记的年份不等于缺席。"
                    : $"{Count(entries.Length, "participation row")} at {Count(events, "event")}; confirmed participation in {Count(documented, "year")}{(country["first_year_documented"] is { } firstYear ? $" (first {firstYear})" : "")}. Every list is partial: a year without a mark is not an absence.",
            null, 12) + 18;

        // The lanes' labels take up to a third of the width; the years run along the rest.
        var left = Math.Min(width / 3.0, 24 + lanes.Select(l => TextLayout.Width(l.Key, 12)).DefaultIfEmpty(60).Max());
        var plot = width - left - Right;
        var (start, end) = (new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));
        double X(DateOnly date) => left + plot * (date.DayNumber - start.DayNumber) / (end.DayNumber - start.DayNumber + 1.0);
        var bottom = top + Math.Max(1, lanes.Length) * Lane;

        body.Append(CultureInfo.InvariantCulture, $"<g id=\"years\" font-size=\"11\" fill=\"{Palette.Text}\">");
        var labelEvery = Math.Max(1, (int)Math.Ceiling((TextLayout.Width("2014", 11) + 6) / (plot / (last - first + 1))));
        for (var year = first; year <= last; year++)
        {
            var (x0, x1) = (X(new DateOnly(year, 1, 1)), X(new DateOnly(year, 12, 31)));
            body.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x0)}\" x2=\"{N(x0)}\" y1=\"{N(top)}\" y2=\"{N(bottom)}\" stroke=\"{Palette.Grid}\"/>");
            if ((year - first) % labelEvery == 0)
            {
                body.Append(CultureInfo.InvariantCulture, $"<text x=\"{N((x0 + x1) / 2)}\" y=\"{N(bottom + 16)}\" text-anchor=\"middle\">{year}</text>");
            }
        }

        body.Append("</g>");
        for (var i = 0; i < lanes.Length; i++)
        {
            var y = top + i * Lane + Lane / 2.0;
            body.Append(CultureInfo.InvariantCulture,
                $"<g class=\"lane\"><title>{E(lanes[i].Key)}</title><text x=\"{N(left - 10)}\" y=\"{N(y + 4)}\" font-size=\"12\" text-anchor=\"end\" fill=\"{Palette.Ink}\">{E(TextLayout.Fit(lanes[i].Key, left - 16, 12))}</text></g>");
            body.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(left)}\" x2=\"{N(width - Right)}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"{Palette.Grid}\"/>");
            foreach (var (entry, k) in lanes[i].OrderBy(e => (string)e["date"]!, StringComparer.Ordinal).Select((e, k) => (e, k)))
            {
                var evidence = (string)entry["evidence"]!;
                var (fill, ring) = evidence == "absent"
                    ? (Palette.ReportedAbsent.Core, Palette.ReportedAbsent.Casing)
                    : (Palette.Evidence.FirstOrDefault(e => e.Evidence == evidence).Colour ?? Palette.Unmatched, Palette.SmallPlace.Core);
                var date = DateOnly.ParseExact((string)entry["date"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                // Rows of one lane at the same event sit side by side.
                var same = lanes[i].Count(e => (string)e["date"]! == (string)entry["date"]! && string.CompareOrdinal((string)e["participation_id"]!, (string)entry["participation_id"]!) < 0);
                body.Append(CultureInfo.InvariantCulture,
                    $"<circle class=\"entry\" data-participation=\"{E((string?)entry["participation_id"])}\" data-evidence=\"{E(evidence)}\" cx=\"{N(Math.Min(X(date) + same * 5, width - Right - 5))}\" cy=\"{N(y)}\" r=\"5\" fill=\"{fill}\" stroke=\"{ring}\" stroke-width=\"{(evidence == "absent" ? 1.6 : 0.6)}\">"
                    + $"<title>{E($"{entry["date"]} · {entry["dialogue_name"]} · {evidence.Replace('_', ' ')}{((string?)entry["person"] is { } p ? $" · {p}" : "")} · {string.Join(", ", entry["source_ids"]!.AsArray().Select(s => (string?)s))}")}</title></circle>");
            }
        }

        var next = Legend(body, entries.Select(e => (string)e["evidence"]!).ToHashSet(StringComparer.Ordinal), bottom + 34, width, chinese);
        var height = FigureSvg.Footer(body, width,
            chinese ? $"来源：PartyAtlas（数据版本 {dataVersion}），每条记录注明出处；悬停于标记可见活动、证据与来源。"
                    : $"Source: PartyAtlas (data version {dataVersion}), each row with its source; each mark's title gives the event, evidence and sources.",
            next + 6);
        return FigureSvg.Document(width, height, chinese, Palette.Paper, body);
    }

    // The evidence types drawn, in the palette's order, and the hollow mark of a reported absence; returns the next baseline.
    private static double Legend(StringBuilder svg, HashSet<string> drawn, double top, int width, bool chinese)
    {
        var items = Palette.Evidence.Where(e => drawn.Contains(e.Evidence))
            .Select(e => (e.Colour, Palette.SmallPlace.Core, Label: MapTexts.EvidenceLabel(e.Evidence, chinese)))
            .Concat(drawn.Contains("absent") ? [(Palette.ReportedAbsent.Core, Palette.ReportedAbsent.Casing, chinese ? "报道缺席" : "Reported absent")] : []);
        var x = (double)FigureSvg.Margin;
        svg.Append(CultureInfo.InvariantCulture, $"<g id=\"legend\" font-size=\"12\" fill=\"{Palette.Ink}\">");
        foreach (var (fill, ring, label) in items)
        {
            var itemWidth = 16 + TextLayout.Width(label, 12);
            if (x > FigureSvg.Margin && x + itemWidth > width - FigureSvg.Margin)
            {
                (x, top) = (FigureSvg.Margin, top + 20);
            }

            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(x + 5)}\" cy=\"{N(top - 4)}\" r=\"5\" fill=\"{fill}\" stroke=\"{ring}\" stroke-width=\"1\"/><text x=\"{N(x + 14)}\" y=\"{N(top)}\">{E(label)}</text>");
            x += itemWidth + 14;
        }

        svg.Append("</g>");
        return top + 20;
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
