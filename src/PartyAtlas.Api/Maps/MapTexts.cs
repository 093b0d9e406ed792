using System.Text.Json.Nodes;

namespace PartyAtlas.Api.Maps;

/// <summary>The words around each static map, in English and Chinese: titles, coverage and count lines, legends, attribution.</summary>
internal static class MapTexts
{
    private static readonly (string Key, string En, string Zh)[] Changes =
    [
        ("joined", "Joined", "新出现"), ("stayed", "Stayed", "两年都有"), ("left", "Documented in the first year only", "仅第一年有记录"),
    ];

    // Each evidence type's legend label, in English and Chinese (the order and colours are Palette.Evidence's).
    private static readonly Dictionary<string, (string En, string Zh)> EvidenceLabels = new(StringComparer.Ordinal)
    {
        ["spoke"] = ("Spoke", "发言"), ["delegation"] = ("Delegation", "代表团"), ["attended"] = ("Attended", "出席"),
        ["watched_at_venue"] = ("Watched at a venue", "在会场收看"), ["side_event"] = ("Side event only", "仅出席边会"),
        ["message_only"] = ("Message only", "仅致函"), ["ambiguous"] = ("Ambiguous", "不明确"), ["prospective"] = ("Announced, not confirmed", "预告参加，未确认"),
    };

    /// <summary>The legend's word for an evidence type.</summary>
    public static string EvidenceLabel(string evidence, bool chinese) => chinese ? EvidenceLabels[evidence].Zh : EvidenceLabels[evidence].En;

    public static MapFigure Reach(JsonNode data, int year, MapOptions options)
    {
        // The confirmed types always; the others (evidence=all or a list) when a country is drawn with one, so
        // that no documented country is ever drawn as "nothing documented".
        var drawn = data["countries"]!.AsArray().Select(c => (string?)c!["class"]).ToHashSet(StringComparer.Ordinal);
        var zh = options.Chinese;
        var confirmedOnly = Palette.Evidence.Skip(Palette.ConfirmedEvidence).All(e => !drawn.Contains(e.Evidence));
        return new MapFigure(
            zh ? $"{year}年中国共产党多边政党对话：有据可查的参与国家和地区" : $"Documented reach of the CPC's multilateral party dialogues, {year}",
            CoverageLine(data["coverage"]!, year, zh), options.FilterNote,
            [.. Palette.Evidence.Where((e, i) => i < Palette.ConfirmedEvidence || drawn.Contains(e.Evidence))
                .Select(e => new MapClass(e.Evidence, e.Colour, EvidenceLabel(e.Evidence, zh)))],
            zh ? "无记录（沉默不等于缺席）" : "Nothing documented (silence is not absence)",
            confirmedOnly
                ? zh ? "颜色：当年最强的确认证据；小国与只有点位的地区以圆点表示。" : "Colour: the year's strongest confirmed evidence; small countries and places with only a point are circles."
                : zh ? "颜色：当年最强的证据（含未确认的类型）；小国与只有点位的地区以圆点表示。" : "Colour: the year's strongest evidence, unconfirmed types included; small countries and places with only a point are circles.",
            Attribution(options.DataVersion, zh), options.Width, zh, options.Print);
    }

    /// <summary>The legend key of the party class a documented country with <paramref name="parties"/> documented parties falls in.</summary>
    public static string PartyClassKey(int parties) => $"parties-{Palette.PartyClasses.Last(c => c.AtLeast <= parties).AtLeast}";

    /// <summary>
    /// The viewer's parties view: each documented country classed by its documented parties (the registry's count),
    /// on <see cref="Palette.PartyClasses"/>; the data's classes are <see cref="PartyClassKey"/>s.
    /// </summary>
    public static MapFigure Parties(JsonNode data, int year, MapOptions options)
    {
        var bounds = Palette.PartyClasses.Select(c => c.AtLeast).ToArray();
        var zh = options.Chinese;
        string Label(int i)
        {
            var (low, next) = (bounds[i], i + 1 < bounds.Length ? bounds[i + 1] : (int?)null);
            var range = next is null ? $"{low}+" : next - 1 > low ? $"{low}–{next - 1}" : $"{low}";
            return low == 0 ? (zh ? "有记录，未列出政党" : "Documented, no party named")
                : zh ? $"{range} 个政党" : $"{range} {(range == "1" ? "party" : "parties")}";
        }

        return new MapFigure(
            zh ? $"{year}年中国共产党多边政党对话：各国家和地区有记录的政党数" : $"Documented parties per country in the CPC's multilateral party dialogues, {year}",
            CoverageLine(data["coverage"]!, year, zh), options.FilterNote,
            [.. Palette.PartyClasses.Select((c, i) => new MapClass(PartyClassKey(c.AtLeast), c.Colour, Label(i)))],
            zh ? "无记录（沉默不等于缺席）" : "Nothing documented (silence is not absence)",
            zh ? "颜色：当年有据可查的参会政党数（按政党登记表计）；小国与只有点位的地区以圆点表示。" : "Colour: the parties documented at the year's events (as the party registry counts them); small countries and places with only a point are circles.",
            Attribution(options.DataVersion, zh), options.Width, zh, options.Print);
    }

    public static MapFigure Compare(JsonNode data, int from, int to, MapOptions options)
    {
        var zh = options.Chinese;
        var counts = data["counts"]!;
        return new MapFigure(
            zh ? $"中国共产党多边政党对话：{from}年与{to}年有据可查的参与对比" : $"Documented reach of the CPC's multilateral party dialogues, {from} and {to}",
            zh ? $"{to}年新出现 {counts["joined"]}，两年都有 {counts["stayed"]}，仅{from}年有记录 {counts["left"]}。所有名单均不完整：缺少记录不等于缺席。"
               : $"{counts["joined"]} joined, {counts["stayed"]} stayed, {counts["left"]} documented in {from} only. Every list is partial: a missing record is not absence.",
            options.FilterNote,
            [.. Changes.Select(c => new MapClass(c.Key, Palette.ChangeColour(c.Key), zh ? c.Zh : c.En))],
            zh ? "两年都无记录" : "Documented in neither year",
            zh ? "按有据可查的参与（确认证据）比较两年；小国与只有点位的地区以圆点表示。" : "Compares documented participation (confirmed evidence) in the two years; small countries and places with only a point are circles.",
            Attribution(options.DataVersion, zh), options.Width, zh, options.Print);
    }

    /// <summary>"2021: 49 countries and regions documented of 160+ reported (7 events); 60 parties of 500+. Every list is partial."</summary>
    internal static string CoverageLine(JsonNode coverage, int year, bool chinese)
    {
        var documented = (int?)coverage["documented_countries"] ?? 0;
        var official = Range((int?)coverage["official_countries_low"], (int?)coverage["official_countries_high"]);
        var parties = (int?)coverage["documented_parties"] ?? 0;
        var officialParties = Range((int?)coverage["official_parties_low"], (int?)coverage["official_parties_high"]);
        var events = coverage["events"]?.AsArray().Count ?? 0;
        return chinese
            ? $"{year}年：有记录 {documented} 个国家和地区（官方报道 {official ?? "未知"}，{events} 场活动）；有记录 {parties} 个政党（官方报道 {officialParties ?? "未知"}）。所有名单均不完整。"
            : $"{year}: {documented} countries and regions documented of {official ?? "an unreported number"} reported ({events} event{(events == 1 ? "" : "s")}); "
              + $"{parties} parties of {officialParties ?? "an unreported number"}. Every list is partial.";
    }

    // The lowest official figure with "+" when sources (or events) give more: never an average.
    private static string? Range(int? low, int? high) => low is null ? null : high > low ? $"{low}+" : $"{low}";

    private static string Attribution(string version, bool chinese) => chinese
        ? $"来源：PartyAtlas（数据版本 {version}），据公开报道逐条注明出处；边界：Natural Earth（公有领域）；等积投影 Equal Earth。"
        : $"Source: PartyAtlas (data version {version}), from public reports, each row with its source. Boundaries: Natural Earth (public domain). Equal Earth projection.";
}

/// <summary>The figure options every map takes: width, language, theme, the filters in words, and the data version.</summary>
internal sealed record MapOptions(int Width, bool Chinese, bool Print, string? FilterNote, string DataVersion);
