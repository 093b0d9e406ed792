using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PartyAtlas.Api.Maps;
using PartyAtlas.Tests.Infrastructure;
using SkiaSharp;

namespace PartyAtlas.Tests.Maps;

/// <summary>Static maps for reports: SVG from PostGIS geometry, PNG rasterised from it; checked as a reader would.</summary>
public sealed partial class StaticMapTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task The_svg_map_parses_carries_the_coverage_line_and_fills_a_documented_country_with_its_evidence_colour()
    {
        var svg = XDocument.Parse(await GetTextAsync("/maps/reach/2021.svg", "image/svg+xml"));
        var reach = await api.Client.GetJsonAsync("/reach?year=2021&zoom=0&precision=0", "application/geo+json");
        var russia = reach.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("properties").Str("iso3") == "RUS");
        var style = await api.Client.GetJsonAsync("/styles/reach.json?year=2021");
        var fill = style.GetProperty("layers").EnumerateArray().Single(l => l.Str("id") == "reach").GetProperty("paint").GetProperty("fill-color")
            .EnumerateArray().Select(e => e.ToString()).ToArray();
        var expected = fill[Array.IndexOf(fill, russia.GetProperty("properties").Str("strongest_evidence")) + 1];

        var coverage = svg.Descendants(Svg + "text").Single(t => (string?)t.Attribute("id") == "coverage").Value;
        Assert.Matches(@"^2021: \d+ countries and regions documented of \d+\+? reported \(\d+ events\).*Every list is partial\.$", coverage);
        Assert.Equal(expected, (string?)Path(svg, "RUS").Attribute("fill"));
        Assert.Equal(Palette.Land, (string?)Path(svg, "ATA").Attribute("fill"));
        Assert.Contains("Natural Earth", svg.Root!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_png_decodes_at_the_requested_width_with_the_documented_colour_at_Moscow_and_the_sea_elsewhere()
    {
        const int width = 900;
        var svg = XDocument.Parse(await GetTextAsync($"/maps/reach/2021.svg?width={width}", "image/svg+xml"));
        using var response = await api.Client.GetAsync($"/maps/reach/2021.png?width={width}");
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        using var png = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(width, png.Width);
        var (tx, ty, scale) = Transform(svg);
        async Task<SKColor> PixelAtAsync(double lon, double lat)
        {
            // Where PostGIS puts the place on Equal Earth, in kilometres, then the figure's own transform.
            var x = await DatabaseState.ScalarAsync<double>(api.Database.ConnectionString,
                "SELECT ST_X(ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), '+proj=eqearth +datum=WGS84 +units=m +no_defs')) / 1000", lon, lat);
            var y = await DatabaseState.ScalarAsync<double>(api.Database.ConnectionString,
                "SELECT ST_Y(ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), '+proj=eqearth +datum=WGS84 +units=m +no_defs')) / 1000", lon, lat);
            return png.GetPixel((int)Math.Round(tx + x * scale), (int)Math.Round(ty - y * scale));
        }

        Assert.Equal(Colour((string)Path(svg, "RUS").Attribute("fill")!), await PixelAtAsync(37.62, 55.75));
        Assert.Equal(Colour(Palette.Sea), await PixelAtAsync(-140, 0)); // the Pacific
        Assert.Equal(SKColors.White, png.GetPixel(2, 2)); // the paper
    }

    [Fact]
    public async Task Maps_are_cached_labelled_with_the_data_version_and_speak_chinese_when_asked()
    {
        using var first = await api.Client.GetAsync("/maps/reach/2017.svg?lang=zh&theme=print&width=600");
        using var second = await api.Client.GetAsync("/maps/reach/2017.svg?lang=zh&theme=print&width=600");
        var text = await second.Content.ReadAsStringAsync();

        Assert.Equal("hit", second.Headers.GetValues("PartyAtlas-Cache").Single());
        Assert.NotNull(second.Headers.ETag);
        Assert.Contains("2017年中国共产党多边政党对话", text, StringComparison.Ordinal);
        Assert.Contains("所有名单均不完整", text, StringComparison.Ordinal);
        Assert.Contains("width=\"600\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_all_evidence_a_country_known_only_from_unconfirmed_evidence_has_its_types_colour_and_legend_entry()
    {
        var confirmed = Palette.Evidence.Take(Palette.ConfirmedEvidence).Select(e => e.Evidence).ToHashSet();
        var years = (await api.Client.GetJsonAsync("/reach/timeline")).GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32());
        foreach (var year in years)
        {
            var reach = await api.Client.GetJsonAsync($"/reach?year={year}&evidence=all&zoom=0&precision=0", "application/geo+json");
            var unconfirmed = reach.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties"))
                .Where(p => !confirmed.Contains(p.Str("strongest_evidence")!)).ToArray();
            if (unconfirmed.Length == 0)
            {
                continue;
            }

            var svg = XDocument.Parse(await GetTextAsync($"/maps/reach/{year}.svg?evidence=all", "image/svg+xml"));
            var legend = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "legend");
            foreach (var country in unconfirmed)
            {
                var colour = Palette.EvidenceColour(country.Str("strongest_evidence")!);
                var drawn = svg.Descendants().Where(e => (string?)e.Attribute("data-iso3") == country.Str("iso3")).Select(e => (string?)e.Attribute("fill"));
                Assert.All(drawn, fill => Assert.Equal(colour, fill));
                Assert.Contains(legend.Elements(Svg + "rect"), r => (string?)r.Attribute("fill") == colour);
            }

            return;
        }

        Assert.Fail("No year has a country documented only by unconfirmed evidence: the test data should.");
    }

    [Fact]
    public async Task The_parties_map_fills_each_documented_country_with_the_class_of_its_documented_parties_as_reach_counts_them()
    {
        var svg = XDocument.Parse(await GetTextAsync("/maps/reach/2021.svg?view=parties", "image/svg+xml"));
        var reach = await api.Client.GetJsonAsync("/reach?year=2021&zoom=0&precision=0", "application/geo+json");
        var counts = reach.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties"))
            .ToDictionary(p => p.Str("iso3")!, p => p.GetProperty("documented_parties").GetInt32());
        var drawn = counts.Where(c => svg.Descendants(Svg + "path").Any(p => (string?)p.Attribute("data-iso3") == c.Key)).ToArray();

        Assert.True(drawn.Length > 30);
        Assert.Contains(drawn, c => c.Value >= 5); // the darkest class is exercised, and so is the next
        Assert.Contains(drawn, c => c.Value is >= 1 and < 5);
        foreach (var (iso3, parties) in drawn)
        {
            Assert.Equal(Palette.PartyClasses.Last(c => c.AtLeast <= parties).Colour, (string?)Path(svg, iso3).Attribute("fill"));
        }

        Assert.Equal(Palette.Land, (string?)Path(svg, "ATA").Attribute("fill"));
        var legend = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "legend").Value;
        Assert.Contains("5+ parties", legend, StringComparison.Ordinal);
        Assert.Contains("Documented, no party named", legend, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_compare_map_classes_countries_as_reach_compare_does_and_counts_them()
    {
        var svg = XDocument.Parse(await GetTextAsync("/maps/compare/2017-2021.svg", "image/svg+xml"));
        var compare = await api.Client.GetJsonAsync("/reach/compare?from=2017&to=2021&zoom=0&precision=0", "application/geo+json");
        var changes = compare.GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("properties").Str("iso3")!, f => f.GetProperty("properties").Str("change")!);
        var style = await api.Client.GetJsonAsync("/styles/reach.json?year=2021");
        var colours = style.GetProperty("metadata").GetProperty("partyatlas:palette").GetProperty("changes").EnumerateObject()
            .ToDictionary(c => c.Name, c => c.Value.GetString()!); // what the viewer's compare mode draws

        Assert.True(changes.Count > 20);
        foreach (var (iso3, change) in changes.Where(c => svg.Descendants(Svg + "path").Any(p => (string?)p.Attribute("data-iso3") == c.Key)))
        {
            Assert.Equal(colours[change], (string?)Path(svg, iso3).Attribute("fill"));
        }

        var line = svg.Descendants(Svg + "text").Single(t => (string?)t.Attribute("id") == "coverage").Value;
        Assert.StartsWith($"{changes.Count(c => c.Value == "joined")} joined, {changes.Count(c => c.Value == "stayed")} stayed, {changes.Count(c => c.Value == "left")} documented in 2017 only.", line, StringComparison.Ordinal);
        using var png = await api.Client.GetAsync("/maps/compare/2017-2021.png?width=400");
        Assert.Equal(400, SKBitmap.Decode(await png.Content.ReadAsByteArrayAsync()).Width);
        await api.Client.GetProblemAsync("/maps/compare/2021-2017.svg", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_timeline_chart_draws_each_years_documented_count_against_the_official_range()
    {
        var chart = XDocument.Parse(await GetTextAsync("/charts/timeline.svg", "image/svg+xml"));
        var timeline = await api.Client.GetJsonAsync("/reach/timeline");
        var countries = chart.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "countries");

        foreach (var row in timeline.GetProperty("years").EnumerateArray())
        {
            var year = row.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture);
            var bar = countries.Descendants(Svg + "rect").Single(r => (string?)r.Attribute("data-year") == year);
            Assert.Equal(row.GetProperty("documented_countries").GetInt32(), (int)bar.Attribute("data-value")!);
            var range = countries.Elements(Svg + "g").SingleOrDefault(g => (string?)g.Attribute("data-year") == year);
            if (row.GetProperty("official_countries_low").ValueKind == System.Text.Json.JsonValueKind.Number)
            {
                Assert.Equal(row.GetProperty("official_countries_low").GetInt32(), (int)range!.Attribute("data-low")!);
                Assert.Equal(row.GetProperty("official_countries_high").GetInt32(), (int)range.Attribute("data-high")!);
            }
            else
            {
                Assert.Null(range); // no official figure: none drawn, never a zero
            }
        }

        using var png = await api.Client.GetAsync("/charts/timeline.png?width=700");
        Assert.Equal(700, SKBitmap.Decode(await png.Content.ReadAsByteArrayAsync()).Width);
    }

    [Fact]
    public async Task The_regions_chart_draws_each_regions_documented_share_as_reach_regions_counts_it()
    {
        var chart = XDocument.Parse(await GetTextAsync("/charts/regions/2021.svg", "image/svg+xml"));
        var regions = (await api.Client.GetJsonAsync("/reach/regions?year=2021&zoom=0&precision=0", "application/geo+json")).GetProperty("regions");
        var bars = chart.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "documented").ToArray();

        Assert.Equal(regions.GetArrayLength(), bars.Length);
        foreach (var region in regions.EnumerateArray())
        {
            var bar = bars.Single(b => (string?)b.Attribute("data-region") == region.Str("un_region"));
            Assert.Equal(region.GetProperty("documented_countries").GetInt32(), (int)bar.Attribute("data-documented")!);
            Assert.Equal(region.GetProperty("region_countries").GetInt32(), (int)bar.Attribute("data-countries")!);
        }

        using var png = await api.Client.GetAsync("/charts/regions/2021.png?width=500&lang=zh");
        Assert.Equal(500, SKBitmap.Decode(await png.Content.ReadAsByteArrayAsync()).Width);
    }

    [Fact]
    public async Task A_chinese_png_draws_its_title_in_chinese_glyphs_not_missing_glyph_boxes()
    {
        // Without a CJK font on the server every Chinese character is the same empty box: the title's glyphs would
        // be a handful of shapes (the box, the digits of the year, the colon). Drawn with a CJK font, they differ.
        using var response = await api.Client.GetAsync("/maps/reach/2021.png?lang=zh&width=900");
        using var png = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        var glyphs = InkRuns(png, top: 8, bottom: 40); // the title: 20 px bold, baseline at y = 30

        Assert.True(glyphs.Count >= 25, $"{glyphs.Count} glyph runs in the title"); // "2021年中国共产党多边政党对话：…" is 31 characters
        var shapes = glyphs.Where(g => g.Width >= 8).Select(g => (g.Width, Ink: g.Ink / 8)).Distinct().Count();
        Assert.True(shapes >= 15, $"only {shapes} distinct shapes among {glyphs.Count} glyph runs: Chinese is drawn as boxes (no CJK font on the server?)");
    }

    /// <summary>Runs of columns with ink (dark pixels) between two rows: roughly one per glyph, with its width and ink count.</summary>
    private static List<(int Width, int Ink)> InkRuns(SKBitmap png, int top, int bottom)
    {
        var runs = new List<(int, int)>();
        var (start, ink) = (-1, 0);
        for (var x = 0; x < png.Width; x++)
        {
            var column = Enumerable.Range(top, bottom - top).Count(y => png.GetPixel(x, y) is var p && p.Red + p.Green + p.Blue < 3 * 128);
            if (column > 0 && start < 0)
            {
                (start, ink) = (x, 0);
            }

            if (column > 0)
            {
                ink += column;
            }
            else if (start >= 0)
            {
                runs.Add((x - start, ink));
                start = -1;
            }
        }

        return runs;
    }

    [Fact]
    public async Task The_country_chart_marks_every_row_of_the_countrys_record_in_date_order_and_evidence_colour_a_lane_per_registry_party()
    {
        var svg = XDocument.Parse(await GetTextAsync("/charts/countries/RUS.svg", "image/svg+xml"));
        var entries = (await api.Client.GetJsonAsync("/countries/RUS/timeline")).GetProperty("entries").EnumerateArray().ToArray();
        var marks = svg.Descendants(Svg + "circle").Where(c => (string?)c.Attribute("class") == "entry")
            .ToDictionary(c => (string)c.Attribute("data-participation")!);

        Assert.True(entries.Length >= 5);
        Assert.Equal(entries.Select(e => e.Str("participation_id")!).Order(), marks.Keys.Order());
        foreach (var entry in entries)
        {
            var evidence = entry.Str("evidence")!;
            var mark = marks[entry.Str("participation_id")!];
            Assert.Equal(evidence == "absent" ? Palette.ReportedAbsent.Core : Palette.EvidenceColour(evidence), (string?)mark.Attribute("fill"));
            Assert.Contains(entry.Str("date")!, mark.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        }

        // Along the time axis in the record's order (rows of one event and lane sit side by side, 5 px apart).
        var x = entries.Select(e => double.Parse((string)marks[e.Str("participation_id")!].Attribute("cx")!, CultureInfo.InvariantCulture)).ToArray();
        Assert.All(x.Zip(x.Skip(1)), pair => Assert.True(pair.Second >= pair.First - 10, $"{pair.First} then {pair.Second}"));
        Assert.True(x[^1] - x[0] > 100);

        // One lane per party of the registry: the sources' "CPRF" and "Communist Party of the Russian Federation" share one.
        var lanes = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "lane").Select(g => g.Element(Svg + "title")!.Value).ToArray();
        var expected = entries.Select(e => e.GetProperty("party_names").EnumerateArray().Select(n => n.GetString()).ToArray() is { Length: > 0 } names
            ? string.Join(" / ", names) : e.Str("party") ?? "(no party named)").Distinct();
        Assert.Equal(expected.Order(), lanes.Order());
        Assert.Single(lanes, l => l.Contains("Communist Party of the Russian Federation", StringComparison.Ordinal));

        await api.Client.GetProblemAsync("/charts/countries/XXZ.svg", HttpStatusCode.NotFound);
        await api.Client.GetProblemAsync("/charts/countries/12.png", HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/maps/reach/2021.png?width=300&series=global&evidence=all")]
    [InlineData("/maps/reach/2021.png?width=300&lang=zh&view=parties")]
    [InlineData("/maps/compare/2017-2021.png?width=300")]
    [InlineData("/charts/timeline.png?width=300&series=global")]
    [InlineData("/charts/regions/2021.png?width=300&lang=zh")]
    [InlineData("/charts/countries/ZAF.png?width=300")]
    [InlineData("/charts/countries/UKR.png?width=300")]
    [InlineData("/charts/countries/GBR.png?width=300&lang=zh")]
    public async Task A_narrow_figure_wraps_and_cuts_its_texts_so_nothing_runs_off_either_edge(string url)
    {
        // The figure's drawing stays 16 px inside the edges; the first and last 6 columns are paper unless a text ran off.
        using var response = await api.Client.GetAsync(url);
        using var png = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        var inked = (from x in Enumerable.Range(0, 6).Concat(Enumerable.Range(png.Width - 6, 6)) from y in Enumerable.Range(0, png.Height)
                     where png.GetPixel(x, y) != SKColors.White select (x, y)).ToArray();

        Assert.Equal(300, png.Width);
        Assert.True(inked.Length == 0, $"{inked.Length} inked pixels at the edges, the first at {inked.FirstOrDefault()}");
    }

    [Theory]
    [InlineData("/maps/reach/2021.svg?width=10", "width")]
    [InlineData("/maps/reach/2021.png?lang=fr", "lang")]
    [InlineData("/maps/reach/2021.svg?theme=dark", "theme")]
    [InlineData("/maps/reach/2021.png?view=countries", "view")]
    [InlineData("/maps/reach/1800.svg", "year")]
    [InlineData("/maps/reach/2021.svg?evidence=absent", "evidence")]
    public async Task Bad_map_parameters_are_a_400_naming_them(string url, string parameter)
    {
        var problem = await api.Client.GetProblemAsync(url, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.Str("parameter"));
    }

    private async Task<string> GetTextAsync(string url, string mediaType)
    {
        using var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static XElement Path(XDocument svg, string iso3) =>
        svg.Descendants(Svg + "path").Single(p => (string?)p.Attribute("data-iso3") == iso3);

    private static (double X, double Y, double Scale) Transform(XDocument svg)
    {
        var transform = (string)svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "map").Attribute("transform")!;
        var m = MapTransform().Match(transform);
        double N(int i) => double.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture);
        return (N(1), N(2), N(3));
    }

    private static SKColor Colour(string hex) => SKColor.Parse(hex);

    [GeneratedRegex(@"translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.]+)\)")]
    private static partial Regex MapTransform();
}
