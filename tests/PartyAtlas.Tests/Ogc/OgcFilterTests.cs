using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Ogc;

/// <summary>OGC API – Features – Part 3 filtering with CQL2, checked against the test's own evaluation and PostGIS.</summary>
public sealed class OgcFilterTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("participations", 250)]
    [InlineData("reach", 100)]
    [InlineData("dialogues", 60)]
    public async Task Hundreds_of_random_cql2_filters_match_the_tests_own_evaluation_of_them(string collection, int count)
    {
        var types = RandomCql.Types(await api.Client.GetJsonAsync($"/ogc/collections/{collection}/queryables", "application/schema+json"));
        var rows = await AllPropertiesAsync(collection);
        var random = new Random(20261202 + count);
        var generator = new RandomCql(random, types, rows);
        var before = await DatabaseState.FingerprintAsync(api.Database.ConnectionString);
        var (some, notAll) = (0, 0);

        for (var i = 0; i < count; i++)
        {
            var expression = generator.Next();
            var json = random.Next(2) == 0;
            var filter = json ? expression.Json.ToJsonString() : expression.Text;
            var expected = rows.Where(r => expression.Evaluate(r) == true).Select(r => r["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

            var page = await api.Client.GetJsonAsync(
                $"/ogc/collections/{collection}/items?limit=20&filter-lang={(json ? "cql2-json" : "cql2-text")}&filter={Uri.EscapeDataString(filter)}", "application/geo+json");

            var returned = page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToArray();
            var because = $"filter #{i} ({(json ? "json" : "text")}): {filter}";
            Assert.True(expected.Count == page.GetProperty("numberMatched").GetInt32(), $"{because}: expected {expected.Count} matches, the server found {page.GetProperty("numberMatched").GetInt32()}");
            Assert.True(returned.All(expected.Contains), $"{because}: the server returned {string.Join(", ", returned.Where(id => !expected.Contains(id)))}, which do not match");
            Assert.Equal(Math.Min(20, expected.Count), returned.Length);
            (some, notAll) = (some + (expected.Count > 0 ? 1 : 0), notAll + (expected.Count < rows.Count ? 1 : 0));
        }

        // Not a vacuous run: many filters select something, and many leave something out.
        Assert.True(some > count / 4 && notAll > count / 4, $"{some} of {count} filters matched any feature, {notAll} left any out");

        Assert.Equal(before, await DatabaseState.FingerprintAsync(api.Database.ConnectionString));
    }

    [Fact]
    public async Task Injection_payloads_in_literals_stay_text_and_in_property_names_are_400()
    {
        var before = await DatabaseState.FingerprintAsync(api.Database.ConnectionString);
        foreach (var payload in RandomCql.Injections)
        {
            var literal = "'" + payload.Replace("'", "''", StringComparison.Ordinal) + "'";
            var text = await api.Client.GetJsonAsync($"/ogc/collections/participations/items?filter={Uri.EscapeDataString($"party = {literal} OR note LIKE {literal}")}", "application/geo+json");
            Assert.Equal(0, text.GetProperty("numberMatched").GetInt32());
            var json = new JsonObject { ["op"] = "=", ["args"] = new JsonArray(new JsonObject { ["property"] = "iso3" }, payload) }.ToJsonString();
            var viaJson = await api.Client.GetJsonAsync($"/ogc/collections/participations/items?filter-lang=cql2-json&filter={Uri.EscapeDataString(json)}", "application/geo+json");
            Assert.Equal(0, viaJson.GetProperty("numberMatched").GetInt32());

            var property = new JsonObject { ["op"] = "=", ["args"] = new JsonArray(new JsonObject { ["property"] = "year" + payload }, 1) }.ToJsonString();
            var problem = await api.Client.GetProblemAsync($"/ogc/collections/participations/items?filter-lang=cql2-json&filter={Uri.EscapeDataString(property)}", HttpStatusCode.BadRequest);
            Assert.Equal("filter", problem.Str("parameter"));
            Assert.Contains("is not a queryable", problem.Str("detail"), StringComparison.Ordinal);
            var quoted = "\"" + payload.Replace("\"", "\"\"", StringComparison.Ordinal) + "\" = 1";
            await api.Client.GetProblemAsync($"/ogc/collections/participations/items?filter={Uri.EscapeDataString(quoted)}", HttpStatusCode.BadRequest);
            await api.Client.GetProblemAsync($"/ogc/collections/participations/items?filter={Uri.EscapeDataString("year = 2021 " + payload)}", HttpStatusCode.BadRequest);
        }

        Assert.Equal(before, await DatabaseState.FingerprintAsync(api.Database.ConnectionString));
    }

    [Theory]
    [InlineData("filter=nope%20%3D%201", "filter", "'nope' is not a queryable of 'participations'")]
    [InlineData("filter=year%20%3D%20'2021'", "filter", "Cannot compare")]
    [InlineData("filter=MAGIC(year)", "filter", "The function 'MAGIC' is not supported")]
    [InlineData("filter=year%20%3D", "filter", "Syntax error")]
    [InlineData("filter=year%3D1&filter-lang=sql", "filter-lang", "not a filter language")]
    [InlineData("filter=S_INTERSECTS(geometry,POINT(0%200))&filter-crs=http://www.opengis.net/def/crs/EPSG/0/3857", "filter-crs", "CRS84 only")]
    [InlineData("filter=%7B%22op%22%3A%22%3D%22%7D&filter-lang=cql2-json", "filter", "no \"args\" array")]
    public async Task A_bad_filter_is_a_400_naming_the_parameter_and_the_fault(string query, string parameter, string detail)
    {
        var problem = await api.Client.GetProblemAsync($"/ogc/collections/participations/items?{query}", HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.Str("parameter"));
        Assert.Contains(detail, problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spatial_filters_match_PostGIS_on_the_same_geometry()
    {
        var cases = new (string Filter, string Sql)[]
        {
            ("S_INTERSECTS(geometry, BBOX(100, 0, 120, 20))", "ST_Intersects(geom, ST_MakeEnvelope(100, 0, 120, 20, 4326))"),
            ("S_WITHIN(geometry, POLYGON((0 30, 60 30, 60 75, 0 75, 0 30)))", "ST_Within(geom, 'SRID=4326;POLYGON((0 30, 60 30, 60 75, 0 75, 0 30))'::geometry)"),
            ("S_CONTAINS(geometry, POINT(37.6 55.75))", "ST_Contains(geom, 'SRID=4326;POINT(37.6 55.75)'::geometry)"),
            ("S_DISJOINT(geometry, BBOX(-180, -90, 0, 90)) AND kind = 'sovereign'", "ST_Disjoint(geom, ST_MakeEnvelope(-180, -90, 0, 90, 4326)) AND kind = 'sovereign'"),
        };
        foreach (var (filter, sql) in cases)
        {
            var expected = await DatabaseState.ColumnAsync(api.Database.ConnectionString, $"SELECT iso3 FROM countries WHERE {sql}");
            var page = await api.Client.GetJsonAsync($"/ogc/collections/countries/items?limit=1000&properties=iso3&filter={Uri.EscapeDataString(filter)}", "application/geo+json");
            var ids = page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!);
            Assert.True(expected.Count > 0, filter);
            Assert.Equal(expected.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        }

        var json = """{"op": "s_intersects", "args": [{"property": "geometry"}, {"type": "Point", "coordinates": [37.6, 55.75]}]}""";
        var moscow = await api.Client.GetJsonAsync($"/ogc/collections/reach/items?filter-lang=cql2-json&filter={Uri.EscapeDataString(json)}", "application/geo+json");
        Assert.All(moscow.GetProperty("features").EnumerateArray(), f => Assert.Equal("RUS", f.GetProperty("properties").Str("iso3")));
        Assert.True(moscow.GetProperty("numberMatched").GetInt32() > 0);
    }

    [Fact]
    public async Task A_timestamp_compares_with_event_days_as_whole_days_in_UTC()
    {
        // The 2021 Summit ran on 6 July 2021: it is during a day-long interval, and not before noon that day.
        var during = await api.Client.GetJsonAsync("/ogc/collections/dialogues/items?filter=" + Uri.EscapeDataString(
            "id = 'summit-2021' AND T_DURING(INTERVAL(start_date, end_date), INTERVAL(TIMESTAMP('2021-07-05T23:00:00Z'), TIMESTAMP('2021-07-07T01:00:00Z')))"), "application/geo+json");
        var before = await api.Client.GetJsonAsync("/ogc/collections/dialogues/items?filter=" + Uri.EscapeDataString(
            "id = 'summit-2021' AND T_BEFORE(INTERVAL(start_date, end_date), TIMESTAMP('2021-07-06T12:00:00Z'))"), "application/geo+json");
        var after = await api.Client.GetJsonAsync("/ogc/collections/dialogues/items?filter=" + Uri.EscapeDataString(
            "id = 'summit-2021' AND T_BEFORE(INTERVAL(start_date, end_date), TIMESTAMP('2021-07-07T00:00:00Z'))"), "application/geo+json");

        Assert.Equal(1, during.GetProperty("numberMatched").GetInt32());
        Assert.Equal(0, before.GetProperty("numberMatched").GetInt32());
        Assert.Equal(1, after.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task The_api_declares_the_filter_parameters_and_conformance_classes_clients_look_for()
    {
        var conformance = (await api.Client.GetJsonAsync("/ogc/conformance")).GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToArray();
        var document = await api.Client.GetJsonAsync("/openapi/ogc.json");
        var parameters = document.GetProperty("paths").GetProperty("/collections/participations/items").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.Str("name")!, StringComparer.Ordinal);

        foreach (var c in new[] { "ogcapi-features-3/1.0/conf/filter", "ogcapi-features-3/1.0/conf/features-filter", "cql2/1.0/conf/basic-cql2", "cql2/1.0/conf/cql2-text", "cql2/1.0/conf/cql2-json" })
        {
            Assert.Contains("http://www.opengis.net/spec/" + c, conformance);
        }

        Assert.True(parameters.ContainsKey("filter"));
        Assert.True(parameters.ContainsKey("filter-crs"));
        // GDAL 3.6 sends -where as a filter only when this enum lists cql-text.
        Assert.Equal(["cql2-text", "cql2-json", "cql-text"], parameters["filter-lang"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    private async Task<List<JsonObject>> AllPropertiesAsync(string collection)
    {
        var rows = new List<JsonObject>();
        for (var offset = 0; ; offset += 1000)
        {
            var page = await api.Client.GetJsonAsync($"/ogc/collections/{collection}/items?limit=1000&offset={offset}", "application/geo+json");
            var features = page.GetProperty("features").EnumerateArray().ToArray();
            rows.AddRange(features.Select(f =>
            {
                var properties = JsonNode.Parse(f.GetProperty("properties").GetRawText())!.AsObject();
                properties["id"] = f.GetProperty("id").GetString();
                return properties;
            }));
            if (features.Length < 1000)
            {
                return rows;
            }
        }
    }
}
