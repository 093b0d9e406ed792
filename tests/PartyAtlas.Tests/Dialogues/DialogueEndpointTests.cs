using System.Net;
using System.Text.Json;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Dialogues;

public sealed class DialogueEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Dialogues_lists_every_event_in_the_file_in_date_order_with_counts_and_coverage()
    {
        var body = await api.Client.GetJsonAsync("/dialogues");
        var events = body.GetProperty("dialogues").EnumerateArray().ToArray();
        var fromFile = CsvFile.Read("dialogues.csv").OrderBy(d => d["start_date"], StringComparer.Ordinal).ThenBy(d => d["id"], StringComparer.Ordinal)
            .Select(d => d["id"]);

        Assert.Equal(fromFile, events.Select(e => e.Str("id")!));
        Assert.All(events, e => Assert.Equal(JsonValueKind.Object, e.GetProperty("coverage").ValueKind));
        var counted = CsvFile.Read("counts.csv").Count;
        Assert.Equal(counted, events.Sum(e => e.GetProperty("official_counts").GetArrayLength()));
    }

    [Fact]
    public async Task Year_and_series_filters_select_the_events_the_file_holds_for_them()
    {
        var body = await api.Client.GetJsonAsync("/dialogues?year=2017&series=global");
        var expected = CsvFile.Read("dialogues.csv").Where(d => d["year"] == "2017" && d["series"] == "global").Select(d => d["id"]).Order(StringComparer.Ordinal);

        Assert.Equal(expected, body.GetProperty("dialogues").EnumerateArray().Select(e => e.Str("id")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_year_without_events_is_an_empty_list_not_an_error()
    {
        var body = await api.Client.GetJsonAsync("/dialogues?year=1950");

        Assert.Equal(0, body.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task One_event_lists_its_documented_participants_with_evidence_and_source_urls()
    {
        var body = await api.Client.GetJsonAsync("/dialogues/hlm-2017");
        var participants = body.GetProperty("participants").EnumerateArray().ToArray();
        var fromFile = CsvFile.Read("participations.csv").Where(p => p["dialogue_id"] == "hlm-2017").ToArray();
        var urls = CsvFile.Read("sources.csv").ToDictionary(s => s["id"], s => s["url"]);

        Assert.Equal(fromFile.Select(p => p["id"]).Order(StringComparer.Ordinal), participants.Select(p => p.Str("id")!).Order(StringComparer.Ordinal));
        Assert.All(participants, p =>
        {
            var row = fromFile.Single(r => r["id"] == p.Str("id"));
            Assert.Equal(row["evidence"], p.Str("evidence"));
            var sources = p.GetProperty("sources").EnumerateArray().ToArray();
            Assert.NotEmpty(sources);
            Assert.All(sources, s => Assert.Equal(urls[s.Str("id")!], s.Str("url")));
        });
        Assert.Equal("Beijing", body.GetProperty("host").Str("city"));
    }

    [Fact]
    public async Task Coverage_shows_documented_countries_against_the_official_range_as_a_ratio_range()
    {
        var coverage = (await api.Client.GetJsonAsync("/dialogues/summit-2021")).GetProperty("coverage");
        var documented = coverage.GetProperty("documented_countries").GetInt32();
        var low = coverage.GetProperty("official_countries_low").GetInt32();
        var high = coverage.GetProperty("official_countries_high").GetInt32();

        Assert.Equal(160, low);
        Assert.Equal(Math.Round((double)documented / high, 3), coverage.GetProperty("ratio_low").GetDouble());
        Assert.Equal(Math.Round((double)documented / low, 3), coverage.GetProperty("ratio_high").GetDouble());
        Assert.Contains("partial", coverage.Str("note"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regional_event_lists_the_region_groups_it_was_addressed_to()
    {
        var body = await api.Client.GetJsonAsync("/dialogues/ca-ppd-2023");
        var scope = Assert.Single(body.GetProperty("scopes").EnumerateArray());

        Assert.Equal("central-asia", scope.Str("group_id"));
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], scope.GetProperty("members").EnumerateArray().Select(m => m.GetString()!));
    }

    [Fact]
    public async Task Host_cities_are_geojson_points_for_every_event_with_a_host()
    {
        var features = GeoJsonReader.Features(await api.Client.GetJsonAsync("/dialogues.geojson", "application/geo+json"));
        var withHost = CsvFile.Read("dialogues.csv").Where(d => d["host_lon"].Length > 0).ToArray();

        Assert.Equal(withHost.Select(d => d["id"]).Order(StringComparer.Ordinal), features.Select(f => f.Id!).Order(StringComparer.Ordinal));
        Assert.All(features, f =>
        {
            var row = withHost.Single(d => d["id"] == f.Id);
            Assert.Equal("Point", f.Geometry!.GeometryType);
            Assert.Equal(double.Parse(row["host_lon"], System.Globalization.CultureInfo.InvariantCulture), f.Geometry.Coordinate.X, 4);
            Assert.Equal(double.Parse(row["host_lat"], System.Globalization.CultureInfo.InvariantCulture), f.Geometry.Coordinate.Y, 4);
        });
    }

    [Fact]
    public async Task Sources_lists_every_source_and_one_source_shows_what_cites_it()
    {
        var list = await api.Client.GetJsonAsync("/sources");
        var s18 = await api.Client.GetJsonAsync("/sources/S18");
        var citing = CsvFile.Read("participations.csv").Where(p => p["source_ids"].Split(' ').Contains("S18")).Select(p => p["id"]).Order(StringComparer.Ordinal);

        Assert.Equal(CsvFile.Read("sources.csv").Count, list.GetProperty("count").GetInt32());
        Assert.Equal(citing, s18.GetProperty("participations").EnumerateArray().Select(p => p.Str("id")!).Order(StringComparer.Ordinal));
        Assert.StartsWith("http", s18.Str("url"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dialogues/no-such-event")]
    [InlineData("/sources/S0000")]
    public async Task An_unknown_id_is_a_404_problem(string url) =>
        await api.Client.GetProblemAsync(url, HttpStatusCode.NotFound);

    [Theory]
    [InlineData("/dialogues?year=twenty", "year")]
    [InlineData("/dialogues?year=1800", "year")]
    [InlineData("/dialogues?year=2101", "year")]
    [InlineData("/dialogues?series=bilateral", "series")]
    [InlineData("/dialogues?yeer=2017", "yeer")]
    [InlineData("/dialogues.geojson?series=x", "series")]
    [InlineData("/dialogues/HLM_2017", "id")]
    [InlineData("/sources/S-1", "id")]
    [InlineData("/sources?limit=5", "limit")]
    public async Task Bad_parameters_are_a_400_problem_naming_the_parameter(string url, string parameter)
    {
        var problem = await api.Client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.Str("parameter"));
    }
}
