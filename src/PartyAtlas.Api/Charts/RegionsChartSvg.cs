using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PartyAtlas.Api.Maps;
using static PartyAtlas.Api.Maps.FigureSvg;

namespace PartyAtlas.Api.Charts;

/// <summary>
/// One year's documented countries per UN region as SVG, from /reach/regions: a horizontal bar per region,
/// its length the share of the region's countries and regions documented, labelled "16 of 61".
/// </summary>
internal static class RegionsChartSvg
{
    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["Africa"] = "非洲", ["Americas"] = "美洲", ["Asia"] = "亚洲", ["Europe"] = "欧洲", ["Oceania"] = "大洋洲", ["Antarctica"] = "南极洲",
    };

    public static string Render(string regionsJson, int year, int width, bool chinese, bool print, string dataVersion, string? filterNote)
    {
        var data = JsonNode.Parse(regionsJson)!;
        var regions = data["regions"]!.AsArray().Select(r => r!).ToArray();
        const int row = 40, left = 120, right = 110;
        var plot = width - left - right;
        var svg = new StringBuilder();
        var top = FigureSvg.Header(svg, width,
            chinese ? $"{year}年：各联合国地区有记录的国家和地区" : $"Documented countries and regions by UN region, {year}",
            chinese ? "条长：该地区中有记录参与的国家和地区所占比例。所有名单均不完整，缺少记录不等于缺席。" : "Bar: the share of the region's countries and regions with documented participation. Every list is partial; a missing record is not absence.",
            filterNote, 12) + 2;

        for (var i = 0; i < regions.Length; i++)
        {
            var name = (string)regions[i]["un_region"]!;
            var (documented, total) = ((int?)regions[i]["documented_countries"] ?? 0, (int?)regions[i]["region_countries"] ?? 0);
            var share = total == 0 ? 0 : (double)documented / total;
            var y = top + i * row;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 10}\" y=\"{y + 19}\" font-size=\"13\" text-anchor=\"end\" fill=\"{Palette.Ink}\">{E(chinese ? Chinese.GetValueOrDefault(name, name) : name)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y + 4}\" width=\"{plot}\" height=\"22\" fill=\"{(print ? Palette.PrintLand : Palette.Land)}\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"documented\" data-region=\"{E(name)}\" data-documented=\"{documented}\" data-countries=\"{total}\" x=\"{left}\" y=\"{y + 4}\" width=\"{N(plot * share)}\" height=\"22\" fill=\"{(print ? Palette.PrintBar : Palette.ChartCountries)}\"><title>{E(name)}: {documented} of {total}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + plot + 8}\" y=\"{y + 19}\" font-size=\"12\" fill=\"{Palette.Text}\">{E(chinese ? $"{total} 个中的 {documented} 个" : $"{documented} of {total}")}</text>");
        }

        var height = FigureSvg.Footer(svg, width,
            chinese ? $"来源：PartyAtlas（数据版本 {dataVersion}）；地区：联合国 M49。" : $"Source: PartyAtlas (data version {dataVersion}); regions: UN M49.",
            top + regions.Length * row + 38);
        return FigureSvg.Document(width, height, chinese, Palette.Paper, svg);
    }
}
