using System.Text.Json;
using NetTopologySuite.Geometries;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Reach;

public sealed class ReachEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly ReachModel Model = new();

    [Fact]
    public async Task Each_year_lists_exactly_the_countries_the_files_document_with_confirmed_evidence()
    {
        foreach (var year in Model.Years)
        {
            var features = GeoJsonReader.Features(await api.Client.GetJsonAsync($"/reach?year={year}&zoom=0&precision=2", "application/geo+json"));

            Assert.Equal(Model.Documented(year), new SortedSet<string>(features.Select(f => f.Id!), StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Evidence_all_widens_reach_to_every_type_but_absent()
    {
        string[] all = ["spoke", "delegation", "attended", "watched_at_venue", "side_event", "message_only", "ambiguous", "prospective"];
        var features = GeoJsonReader.Features(await api.Client.GetJsonAsync("/reach?year=2017&evidence=all&zoom=0", "application/geo+json"));
        var onlyAbsent = CsvFile.Read("participations.csv").Where(p => p["evidence"] == "absent").Select(p => p["iso3"])
            .Except(Model.Documented(2017, all)).ToArray();

        Assert.Equal(Model.Documented(2017, all), new SortedSet<string>(features.Select(f => f.Id!), StringComparer.Ordinal));
        Assert.True(Model.Documented(2017, all).Count > Model.Documented(2017).Count);
        Assert.NotEmpty(onlyAbsent);
        Assert.DoesNotContain(features, f => onlyAbsent.Contains(f.Id));
    }

    [Fact]
    public async Task An_evidence_list_and_series_and_dialogue_filters_select_what_the_files_say()
    {
        var ambiguous = GeoJsonReader.Features(await api.Client.GetJsonAsync("/reach?year=2021&evidence=ambiguous,prospective&zoom=0", "application/geo+json"));
        var regional = GeoJsonReader.Features(await api.Client.GetJsonAsync("/reach?year=2023&series=regional&zoom=0", "application/geo+json"));
        var summit = GeoJsonReader.Features(await api.Client.GetJsonAsync("/reach?year=2021&dialogue=summit-2021&zoom=0", "application/geo+json"));

        Assert.Equal(Model.Documented(2021, ["ambiguous", "prospective"]), new SortedSet<string>(ambiguous.Select(f => f.Id!), StringComparer.Ordinal));
        Assert.Equal(Model.Documented(2023, series: ["regional"]), new SortedSet<string>(regional.Select(f => f.Id!), StringComparer.Ordinal));
        Assert.Equal(Model.Documented(2021, dialogue: "summit-2021"), new SortedSet<string>(summit.Select(f => f.Id!), StringComparer.Ordinal));
    }

    [Fact]
    public async Task Properties_carry_events_parties_strongest_evidence_first_year_and_sources()
    {
        var features = GeoJsonReader.Features(await api.Client.GetJsonAsync("/reach?year=2021&zoom=0", "application/geo+json"));
        var firstYears = Model.FirstYears();
        string[] strength = ["spoke", "delegation", "attended", "watched_at_venue"];

        Assert.All(features, f =>
        {
            var rows = Model.Rows().Where(r => r["iso3"] == f.Id && Model.YearOf(r) == 2021).ToArray();
            Assert.Equal(rows.Select(r => r["dialogue_id"]).Distinct().Order(StringComparer.Ordinal), Strings(f.Properties, "events"));
            Assert.Equal(rows.Where(r => r["party"].Length > 0).Select(r => r["party"]).Distinct().Order(StringComparer.Ordinal), Strings(f.Properties, "parties"));
            Assert.Equal(strength.First(s => rows.Any(r => r["evidence"] == s)), f.Properties.Str("strongest_evidence"));
            Assert.Equal(firstYears[f.Id!], f.Properties.GetProperty("first_year").GetInt32());
            Assert.Equal(firstYears[f.Id!] == 2021, f.Properties.GetProperty("new").GetBoolean());
            Assert.Equal(rows.SelectMany(r => r["source_ids"].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().Count(),
                f.Properties.GetProperty("source_count").GetInt32());
        });
    }

    [Fact]
    public async Task Include_all_returns_every_country_with_zero_counts_where_nothing_is_documented()
    {
        var features = GeoJsonReader.Features(await api.Client.GetJsonAsync("/reach?year=2023&include=all&zoom=0", "application/geo+json"));
        var countries = await DatabaseState.ScalarAsync<long>(api.Database.ConnectionString, "SELECT count(*) FROM countries");
        var documented = Model.Documented(2023);

        Assert.Equal(countries, features.Count);
        Assert.All(features, f =>
        {
            Assert.Equal(documented.Contains(f.Id!), f.Properties.GetProperty("documented").GetBoolean());
            Assert.Equal(documented.Contains(f.Id!), f.Properties.GetProperty("event_count").GetInt32() > 0);
            GeoJsonReader.AssertRfc7946(f.Geometry!, f.Id!);
        });
    }

    [Theory]
    [InlineData("-20,-40,55,40")]   // Africa
    [InlineData("170,-25,-170,0")]  // across the antimeridian: Fiji, Tonga, Samoa
    public async Task A_bbox_keeps_exactly_the_documented_countries_whose_extent_meets_it(string bbox)
    {
        var b = bbox.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var boxes = b[0] <= b[2]
            ? new[] { new Envelope(b[0], b[2], b[1], b[3]) }
            : [new Envelope(b[0], 180, b[1], b[3]), new Envelope(-180, b[2], b[1], b[3])];
        var world = GeoJsonReader.Features(await api.Client.GetJsonAsync("/countries", "application/geo+json"));
        var documented = Model.Documented(2021, ReachModel.Confirmed.Append("ambiguous").ToArray());
        var expected = world.Where(c => documented.Contains(c.Id!) && boxes.Any(x => x.Intersects(c.Geometry!.EnvelopeInternal))).Select(c => c.Id!);

        var features = GeoJsonReader.Features(await api.Client.GetJsonAsync(
            $"/reach?year=2021&evidence=spoke,delegation,attended,watched_at_venue,ambiguous&bbox={bbox}&zoom=0", "application/geo+json"));

        Assert.NotEmpty(features);
        Assert.Equal(expected.Order(StringComparer.Ordinal), features.Select(f => f.Id!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_collection_carries_year_data_version_and_a_coverage_range()
    {
        var body = await api.Client.GetJsonAsync("/reach?year=2021&zoom=0", "application/geo+json");
        var coverage = body.GetProperty("coverage");
        var counts = CsvFile.Read("counts.csv").Where(c => c["metric"] == "countries" && Model.Dialogues[c["dialogue_id"]]["year"] == "2021")
            .GroupBy(c => c["dialogue_id"]).Select(g => (Low: g.Min(c => int.Parse(c["low"])), High: g.Max(c => int.Parse(c["high"])))).ToArray();

        Assert.Equal(2021, body.GetProperty("year").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.Str("data_version")));
        Assert.Equal(Model.Documented(2021).Count, coverage.GetProperty("documented_countries").GetInt32());
        Assert.Equal(counts.Max(c => c.Low), coverage.GetProperty("official_countries_low").GetInt32());
        Assert.Equal(counts.Sum(c => c.High), coverage.GetProperty("official_countries_high").GetInt32());
        Assert.Contains("partial", coverage.Str("note"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_year_without_events_is_an_empty_collection_whose_coverage_says_so()
    {
        var body = await api.Client.GetJsonAsync("/reach?year=1990", "application/geo+json");

        Assert.Empty(GeoJsonReader.Features(body));
        Assert.Equal("No events match in this year.", body.GetProperty("coverage").Str("note"));
    }

    [Fact]
    public async Task The_timeline_counts_documented_new_returning_and_not_seen_again_countries_per_year()
    {
        var rows = (await api.Client.GetJsonAsync("/reach/timeline")).GetProperty("years").EnumerateArray().ToArray();
        var first = Model.FirstYears();
        var last = Model.LastYears();
        var latest = Model.Years.Max();

        Assert.Equal(Model.Years, rows.Select(r => r.GetProperty("year").GetInt32()));
        foreach (var row in rows)
        {
            var year = row.GetProperty("year").GetInt32();
            var documented = Model.Documented(year);
            Assert.Equal(documented.Count, row.GetProperty("documented_countries").GetInt32());
            Assert.Equal(documented.Where(c => first[c] == year), Strings(row, "new_codes"));
            Assert.Equal(documented.Where(c => first[c] < year), Strings(row, "returning_codes"));
            if (year < latest)
            {
                Assert.Equal(documented.Where(c => last[c] == year), Strings(row, "not_seen_again_codes"));
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, row.GetProperty("not_seen_again_since").ValueKind);
            }

            var events = Model.Dialogues.Values.Where(d => d["year"] == year.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .OrderBy(d => d["start_date"], StringComparer.Ordinal).ThenBy(d => d["id"], StringComparer.Ordinal).Select(d => d["id"]);
            Assert.Equal(events, Strings(row, "events"));
        }
    }

    [Fact]
    public async Task The_timeline_by_region_splits_each_year_by_un_region()
    {
        var rows = (await api.Client.GetJsonAsync("/reach/timeline?by=region")).GetProperty("years").EnumerateArray().ToArray();
        var regions = (await DatabaseState.ColumnAsync(api.Database.ConnectionString, "SELECT iso3 || '=' || un_region FROM countries WHERE un_region IS NOT NULL"))
            .Select(x => x.Split('=')).ToDictionary(x => x[0], x => x[1]);

        foreach (var row in rows)
        {
            var year = row.GetProperty("year").GetInt32();
            var region = row.Str("un_region")!;
            Assert.Equal(Model.Documented(year).Count(c => regions.GetValueOrDefault(c) == region), row.GetProperty("documented_countries").GetInt32());
        }

        Assert.Equal(Model.Years.Count() * regions.Values.Distinct().Count(), rows.Length);
    }

    [Fact]
    public async Task Regions_give_each_subregions_documented_countries_share_and_a_valid_dissolved_outline()
    {
        var body = await api.Client.GetJsonAsync("/reach/regions?year=2017&zoom=3&precision=4", "application/geo+json");
        var features = GeoJsonReader.Features(body);
        var subregions = (await DatabaseState.ColumnAsync(api.Database.ConnectionString, "SELECT iso3 || '=' || un_subregion FROM countries WHERE un_subregion IS NOT NULL"))
            .Select(x => x.Split('=')).ToDictionary(x => x[0], x => x[1]);
        var documented = Model.Documented(2017);

        Assert.All(features, f =>
        {
            var members = subregions.Where(s => s.Value == f.Id).Select(s => s.Key).ToArray();
            var expected = members.Where(documented.Contains).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, Strings(f.Properties, "codes"));
            // PostgreSQL rounds numeric halves away from zero (5 of 16 = 0.3125 → 0.313), as the answer does.
            Assert.Equal(Math.Round((decimal)expected.Length / members.Length, 3, MidpointRounding.AwayFromZero), f.Properties.GetProperty("share").GetDecimal());
            if (expected.Length > 0)
            {
                GeoJsonReader.AssertRfc7946(f.Geometry!, f.Id!);
            }
            else
            {
                Assert.Null(f.Geometry);
            }
        });
        Assert.Equal(documented.Count(subregions.ContainsKey), features.Sum(f => f.Properties.GetProperty("documented_countries").GetInt32()));
    }

    [Fact]
    public async Task Compare_marks_joined_left_and_stayed_as_the_files_say_and_keeps_the_caveat()
    {
        var body = await api.Client.GetJsonAsync("/reach/compare?from=2017&to=2021&zoom=0", "application/geo+json");
        var features = GeoJsonReader.Features(body);
        var (a, b) = (Model.Documented(2017), Model.Documented(2021));
        string[] Change(string change) => features.Where(f => f.Properties.Str("change") == change).Select(f => f.Id!).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(b.Except(a), Change("joined"));
        Assert.Equal(a.Except(b), Change("left"));
        Assert.Equal(a.Intersect(b), Change("stayed"));
        Assert.Equal(b.Except(a).Count(), body.GetProperty("counts").GetProperty("joined").GetInt32());
        Assert.Contains("absence of evidence", body.Str("caveat"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_country_timeline_lists_every_participation_row_in_date_order_with_its_sources()
    {
        var body = await api.Client.GetJsonAsync("/countries/RUS/timeline");
        var entries = body.GetProperty("entries").EnumerateArray().ToArray();
        var expected = Model.ParticipationsOf("RUS")
            .OrderBy(p => Model.Dialogues[p["dialogue_id"]]["start_date"], StringComparer.Ordinal)
            .ThenBy(p => p["dialogue_id"], StringComparer.Ordinal).ThenBy(p => p["id"], StringComparer.Ordinal).ToArray();

        Assert.Equal(expected.Select(p => p["id"]), entries.Select(e => e.Str("participation_id")!));
        Assert.All(entries, e => Assert.Equal(
            expected.Single(p => p["id"] == e.Str("participation_id"))["source_ids"].Split(' ').Order(StringComparer.Ordinal),
            Strings(e, "source_ids")));
    }

    [Fact]
    public async Task A_regional_scope_is_one_valid_polygon_of_its_groups_members_plus_its_participants()
    {
        var body = await api.Client.GetJsonAsync("/dialogues/celac-ppf-2015/scope?zoom=3", "application/geo+json");
        var features = GeoJsonReader.Features(body);
        var groups = CsvFile.Read("dialogue_scopes.csv").Where(s => s["dialogue_id"] == "celac-ppf-2015").Select(s => s["group_id"]).ToHashSet();
        var members = CsvFile.Read("region_group_members.csv").Where(m => groups.Contains(m["group_id"])).Select(m => m["iso3"]).ToHashSet();
        var participants = Model.Documented(2015, dialogue: "celac-ppf-2015");

        var scope = Assert.Single(features, f => f.Id == "scope");
        GeoJsonReader.AssertRfc7946(scope.Geometry!, "scope");
        Assert.Equal(members.Order(StringComparer.Ordinal), Strings(scope.Properties, "members"));
        var documented = features.Where(f => f.Id != "scope").ToArray();
        Assert.Equal(participants, new SortedSet<string>(documented.Select(f => f.Id!), StringComparer.Ordinal));
        Assert.All(documented, f => Assert.Equal(members.Contains(f.Id!), f.Properties.GetProperty("in_scope").GetBoolean()));
    }

    [Fact]
    public async Task Distance_measures_great_circles_from_the_host_city_to_each_participant()
    {
        var body = await api.Client.GetJsonAsync("/reach/distance?year=2017");
        var rows = body.GetProperty("distances").EnumerateArray().ToArray();
        var labels = GeoJsonReader.Features(await api.Client.GetJsonAsync("/countries?zoom=0", "application/geo+json"))
            .ToDictionary(f => f.Id!, f => (Lon: f.Properties.GetProperty("label_lon").GetDouble(), Lat: f.Properties.GetProperty("label_lat").GetDouble()));
        var pairs = Model.Rows().Where(r => Model.YearOf(r) == 2017 && Model.Dialogues[r["dialogue_id"]]["host_lon"].Length > 0)
            .Select(r => $"{r["dialogue_id"]}/{r["iso3"]}").Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(pairs, rows.Select(r => $"{r.Str("dialogue_id")}/{r.Str("iso3")}").Order(StringComparer.Ordinal));
        foreach (var row in rows)
        {
            var host = Model.Dialogues[row.Str("dialogue_id")!];
            var km = Haversine(Num(host["host_lon"]), Num(host["host_lat"]), labels[row.Str("iso3")!].Lon, labels[row.Str("iso3")!].Lat);
            Assert.InRange(row.GetProperty("km").GetDouble(), km * 0.99, km * 1.01); // the API uses the spheroid, the test a sphere
        }

        var kms = rows.Select(r => r.GetProperty("km").GetDouble()).ToArray();
        Assert.Equal(kms.Min(), body.GetProperty("min_km").GetDouble());
        Assert.Equal(kms.Max(), body.GetProperty("max_km").GetDouble());
        Assert.InRange(body.GetProperty("median_km").GetDouble(), kms.Min(), kms.Max());
    }

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!);

    private static double Num(string value) => double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    private static double Haversine(double lon1, double lat1, double lon2, double lat2)
    {
        const double r = 6371.0088;
        double Rad(double d) => d * Math.PI / 180;
        var h = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2);
        return 2 * r * Math.Asin(Math.Sqrt(h));
    }
}
