using System.Net;
using System.Text.Json;
using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Parties;

/// <summary>The party registry over HTTP, with every expectation computed from the CSV files themselves.</summary>
public sealed class PartyEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> PartyRows = CsvFile.Read("parties.csv");
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> Participations = CsvFile.Read("participations.csv");
    private static readonly IReadOnlyDictionary<string, int> EventYears = CsvFile.Read("dialogues.csv").ToDictionary(d => d["id"], d => int.Parse(d["year"]));

    [Fact]
    public async Task Parties_lists_every_registry_row_with_the_events_of_the_participation_rows_naming_it()
    {
        var body = await api.Client.GetJsonAsync("/parties");
        var parties = body.GetProperty("parties").EnumerateArray().ToArray();

        Assert.Equal(PartyRows.Count, body.GetProperty("count").GetInt32());
        Assert.Equal(PartyRows.Select(p => p["id"]).Order(StringComparer.Ordinal), parties.Select(p => p.Str("id")!));
        Assert.All(parties, p =>
        {
            var rows = Participations.Where(r => PartyIds(r).Contains(p.Str("id"))).ToArray();
            Assert.Equal(rows.Select(r => r["dialogue_id"]).Distinct().Order(StringComparer.Ordinal),
                p.GetProperty("events").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
            Assert.Equal(rows.Length, p.GetProperty("participation_count").GetInt32());
            Assert.Equal(rows.Min(r => EventYears[r["dialogue_id"]]), p.GetProperty("first_year").GetInt32());
            Assert.Equal(rows.Max(r => EventYears[r["dialogue_id"]]), p.GetProperty("last_year").GetInt32());
            Assert.Equal(PartyRows.Single(r => r["id"] == p.Str("id"))["kind"], p.Str("kind"));
        });
    }

    [Fact]
    public async Task Country_dialogue_year_and_kind_filters_select_the_parties_the_files_hold_for_them()
    {
        var country = PartyRows.GroupBy(p => p["iso3"]).OrderByDescending(g => g.Count()).First().Key;
        Assert.Equal(PartyRows.Where(p => p["iso3"] == country).Select(p => p["id"]).Order(StringComparer.Ordinal), await Ids($"/parties?country={country}"));

        var dialogue = Participations.Where(r => r["party_id"].Length > 0).GroupBy(r => r["dialogue_id"]).OrderByDescending(g => g.Count()).First().Key;
        Assert.Equal(Named(r => r["dialogue_id"] == dialogue), await Ids($"/parties?dialogue={dialogue}"));

        Assert.Equal(Named(r => EventYears[r["dialogue_id"]] == 2021), await Ids("/parties?year=2021"));
        Assert.Equal(PartyRows.Where(p => p["kind"] == "think_tank").Select(p => p["id"]).Order(StringComparer.Ordinal), await Ids("/parties?kind=think_tank"));
    }

    [Fact]
    public async Task Parties_as_csv_has_a_header_and_one_line_per_party()
    {
        using var response = await api.Client.GetAsync("/parties?f=csv");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("id,iso3,name_en", text, StringComparison.Ordinal);
        Assert.Equal(PartyRows.Count + 1, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Unknown_events_and_values_outside_the_closed_lists_are_400_problems_naming_the_parameter()
    {
        var unknown = await api.Client.GetProblemAsync("/parties?dialogue=no-such-event", HttpStatusCode.BadRequest);
        Assert.Contains("no-such-event", unknown.GetRawText(), StringComparison.Ordinal);
        await api.Client.GetProblemAsync("/parties?kind=club", HttpStatusCode.BadRequest);
        await api.Client.GetProblemAsync("/parties?affiliation=COMINTERN", HttpStatusCode.BadRequest);
        await api.Client.GetProblemAsync("/parties?country=NP", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task One_party_shows_every_participation_naming_it_in_date_order_with_source_urls()
    {
        var id = Participations.SelectMany(PartyIds).GroupBy(i => i).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var body = await api.Client.GetJsonAsync($"/parties/{id}");
        var urls = CsvFile.Read("sources.csv").ToDictionary(s => s["id"], s => s["url"]);
        var participations = body.GetProperty("participations").EnumerateArray().ToArray();
        var rows = Participations.Where(r => PartyIds(r).Contains(id)).ToArray();

        Assert.Equal(PartyRows.Single(p => p["id"] == id)["name_en"], body.Str("name_en"));
        Assert.Equal(rows.Select(r => r["id"]).Order(StringComparer.Ordinal), participations.Select(p => p.Str("id")!).Order(StringComparer.Ordinal));
        var dates = participations.Select(p => p.Str("start_date")!).ToArray();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(participations, p =>
        {
            var row = rows.Single(r => r["id"] == p.Str("id"));
            Assert.Equal(row["evidence"], p.Str("evidence"));
            Assert.Equal(row["source_ids"].Split(' ').Order(StringComparer.Ordinal), p.GetProperty("sources").EnumerateArray().Select(s => s.Str("id")!));
            Assert.All(p.GetProperty("sources").EnumerateArray(), s => Assert.Equal(urls[s.Str("id")!], s.Str("url")));
        });
    }

    [Fact]
    public async Task An_unknown_party_is_404_and_a_malformed_id_is_400()
    {
        await api.Client.GetProblemAsync("/parties/NPL-NOSUCHPARTY", HttpStatusCode.NotFound);
        await api.Client.GetProblemAsync("/parties/not-an-id", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Timeline_documented_parties_per_year_are_the_distinct_party_ids_with_confirmed_evidence()
    {
        var body = await api.Client.GetJsonAsync("/reach/timeline");
        var confirmed = Participations.Where(r => r["party_id"].Length > 0 && ClosedLists.ConfirmedEvidence.Contains(r["evidence"])).ToArray();
        var first = confirmed.SelectMany(r => PartyIds(r).Select(i => (Id: i, Year: EventYears[r["dialogue_id"]]))).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.Min(x => x.Year));

        foreach (var year in body.GetProperty("years").EnumerateArray())
        {
            var y = year.GetProperty("year").GetInt32();
            var ids = confirmed.Where(r => EventYears[r["dialogue_id"]] == y).SelectMany(PartyIds).Distinct().ToArray();
            Assert.Equal(ids.Length, year.GetProperty("documented_parties").GetInt32());
            Assert.Equal(ids.Count(i => first[i] == y), year.GetProperty("new_parties").GetInt32());
            Assert.Equal(ids.Count(i => first[i] < y), year.GetProperty("returning_parties").GetInt32());
            if (year.GetProperty("official_parties_low").ValueKind == JsonValueKind.Number && year.GetProperty("official_parties_low").GetInt32() > 0)
            {
                Assert.Equal(Math.Round((double)ids.Length / year.GetProperty("official_parties_low").GetInt32(), 3), year.GetProperty("party_ratio_high").GetDouble());
            }
        }
    }

    [Fact]
    public async Task Reach_features_carry_the_party_ids_documented_for_their_country_and_year()
    {
        var body = await api.Client.GetJsonAsync("/reach?year=2021&zoom=0&precision=0", "application/geo+json");
        var confirmed = Participations.Where(r => r["party_id"].Length > 0 && ClosedLists.ConfirmedEvidence.Contains(r["evidence"]) && EventYears[r["dialogue_id"]] == 2021).ToArray();

        foreach (var feature in body.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var expected = confirmed.Where(r => r["iso3"] == properties.Str("iso3")).SelectMany(PartyIds).Distinct().Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, properties.GetProperty("party_ids").EnumerateArray().Select(e => e.GetString()!));
            Assert.Equal(expected.Length, properties.GetProperty("documented_parties").GetInt32());
        }

        Assert.Equal(confirmed.SelectMany(PartyIds).Distinct().Count(), body.GetProperty("coverage").GetProperty("documented_parties").GetInt32());
    }

    [Fact]
    public async Task The_ogc_parties_collection_matches_every_registry_row_and_filters_by_country()
    {
        var all = await api.Client.GetJsonAsync("/ogc/collections/parties/items?limit=1", "application/geo+json");
        var country = PartyRows.First(p => p["iso3"].Length > 0)["iso3"];
        var one = await api.Client.GetJsonAsync($"/ogc/collections/parties/items?iso3={country}", "application/geo+json");

        Assert.Equal(PartyRows.Count, all.GetProperty("numberMatched").GetInt32());
        Assert.Equal(PartyRows.Where(p => p["iso3"] == country).Select(p => p["id"]).Order(StringComparer.Ordinal),
            one.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").Str("id")!).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Named(Func<IReadOnlyDictionary<string, string>, bool> where) =>
        Participations.Where(r => r["party_id"].Length > 0 && where(r)).SelectMany(PartyIds).Distinct().Order(StringComparer.Ordinal);

    private async Task<IEnumerable<string>> Ids(string url) =>
        (await api.Client.GetJsonAsync(url)).GetProperty("parties").EnumerateArray().Select(p => p.Str("id")!).ToArray();

    /// <summary>A row's registry ids: one, or several space-separated when the report names several parties.</summary>
    private static string[] PartyIds(IReadOnlyDictionary<string, string> row) => row["party_id"].Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
