using System.Net;
using System.Text.Json;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Ogc;

/// <summary>OGC API – Features – Part 1: Core, requirement by requirement.</summary>
public sealed class OgcCoreTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Collections = ["countries", "participations", "reach", "dialogues", "parties"];

    private static string Href(JsonElement links, string rel) =>
        links.EnumerateArray().Single(l => l.Str("rel") == rel).Str("href")!;

    [Fact]
    public async Task The_landing_page_links_self_service_desc_service_doc_conformance_data_and_tiling_schemes_with_absolute_hrefs()
    {
        var links = (await api.Client.GetJsonAsync("/ogc")).GetProperty("links");
        var rels = links.EnumerateArray().ToDictionary(l => l.Str("rel")!, l => l);

        Assert.Equal(["alternate", "conformance", "data", "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes", "self", "service-desc", "service-doc"], rels.Keys.Order(StringComparer.Ordinal));
        Assert.All(rels.Values, l => Assert.StartsWith("http://localhost/", l.Str("href"), StringComparison.Ordinal));
        Assert.Equal("application/vnd.oai.openapi+json;version=3.0", rels["service-desc"].Str("type"));
        Assert.EndsWith("/ogc/conformance", rels["conformance"].Str("href"), StringComparison.Ordinal);
        Assert.EndsWith("/ogc/collections", rels["data"].Str("href").Unversioned(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_desc_declares_each_collections_items_path_relative_to_the_landing_page()
    {
        var desc = Href((await api.Client.GetJsonAsync("/ogc")).GetProperty("links"), "service-desc");
        var document = await api.Client.GetJsonAsync(new Uri(desc).PathAndQuery);
        var paths = document.GetProperty("paths");

        Assert.StartsWith("3.0", document.Str("openapi"), StringComparison.Ordinal);
        foreach (var collection in Collections)
        {
            var parameters = paths.GetProperty($"/collections/{collection}/items").GetProperty("get").GetProperty("parameters")
                .EnumerateArray().ToDictionary(p => p.Str("name")!);
            var limit = parameters["limit"].GetProperty("schema");
            Assert.Equal(1000, limit.GetProperty("maximum").GetInt32());
            Assert.Equal(100, limit.GetProperty("default").GetInt32());
            Assert.Contains("bbox", parameters.Keys);
            Assert.Contains("datetime", parameters.Keys);
        }

        var participations = paths.GetProperty("/collections/participations/items").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.Str("name")).ToArray();
        Assert.Contains("evidence_type", participations);
        Assert.Contains("year", participations);
        Assert.Contains("iso3", participations);
        Assert.Contains("dialogue", participations);
    }

    [Fact]
    public async Task Conformance_lists_exactly_core_geojson_oas30_html_queryables_filter_cql2_crs_and_the_tiles_classes()
    {
        var body = await api.Client.GetJsonAsync("/ogc/conformance");

        Assert.Equal(
            [
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
                "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
                "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
                "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
                "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
                "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
                "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
                "http://www.opengis.net/spec/cql2/1.0/conf/case-insensitive-comparison",
                "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
                "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus",
                "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions",
                "http://www.opengis.net/spec/cql2/1.0/conf/temporal-functions",
                "http://www.opengis.net/spec/cql2/1.0/conf/property-property",
                "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
                "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
                "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
            ],
            body.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()!));
    }

    [Fact]
    public async Task Collections_carry_extents_and_items_links_with_a_type()
    {
        var collections = (await api.Client.GetJsonAsync("/ogc/collections")).GetProperty("collections").EnumerateArray().ToArray();

        Assert.Equal(Collections, collections.Select(c => c.Str("id")!));
        Assert.All(collections, c =>
        {
            var bbox = c.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0];
            Assert.Equal(4, bbox.GetArrayLength());
            Assert.Equal("http://www.opengis.net/def/crs/OGC/1.3/CRS84", c.GetProperty("extent").GetProperty("spatial").Str("crs"));
            var items = c.GetProperty("links").EnumerateArray().Single(l => l.Str("rel") == "items");
            Assert.Equal("application/geo+json", items.Str("type"));
            Assert.EndsWith($"/ogc/collections/{c.Str("id")}/items", items.Str("href").Unversioned(), StringComparison.Ordinal);
            Assert.Equal(c.Str("id") is not ("countries" or "parties"), c.GetProperty("extent").TryGetProperty("temporal", out _));
        });
        var reach = collections.Single(c => c.Str("id") == "reach").GetProperty("extent").GetProperty("temporal").GetProperty("interval")[0];
        Assert.Equal("2014-01-01T00:00:00Z", reach[0].GetString());
    }

    [Fact]
    public async Task One_collection_answers_its_metadata_and_an_unknown_one_is_404()
    {
        var reach = await api.Client.GetJsonAsync("/ogc/collections/reach");

        Assert.Equal("reach", reach.Str("id"));
        await api.Client.GetProblemAsync("/ogc/collections/nope", HttpStatusCode.NotFound);
        await api.Client.GetProblemAsync("/ogc/collections/nope/items", HttpStatusCode.NotFound);
        await api.Client.GetProblemAsync("/ogc/collections/nope/items/x", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("countries", "SELECT count(*) FROM countries")]
    [InlineData("participations", "SELECT count(*) FROM participations")]
    [InlineData("reach", "SELECT count(*) FROM reach_country_years(NULL, NULL, NULL)")]
    [InlineData("dialogues", "SELECT count(*) FROM dialogues")]
    [InlineData("parties", "SELECT count(*) FROM parties")]
    public async Task Number_matched_is_exact_and_number_returned_counts_the_page(string collection, string sql)
    {
        var body = await api.Client.GetJsonAsync($"/ogc/collections/{collection}/items?limit=7", "application/geo+json");

        Assert.Equal(await DatabaseState.ScalarAsync<long>(api.Database.ConnectionString, sql), body.GetProperty("numberMatched").GetInt64());
        Assert.Equal(body.GetProperty("features").GetArrayLength(), body.GetProperty("numberReturned").GetInt32());
        Assert.Equal(7, body.GetProperty("numberReturned").GetInt32());
    }

    [Fact]
    public async Task The_default_limit_is_100_and_a_limit_above_the_maximum_is_clamped_not_rejected()
    {
        var byDefault = await api.Client.GetJsonAsync("/ogc/collections/participations/items", "application/geo+json");
        var huge = await api.Client.GetJsonAsync("/ogc/collections/participations/items?limit=50000", "application/geo+json");

        Assert.Equal(100, byDefault.GetProperty("numberReturned").GetInt32());
        Assert.Equal(huge.GetProperty("numberMatched").GetInt32(), huge.GetProperty("numberReturned").GetInt32());
        Assert.True(huge.GetProperty("numberMatched").GetInt32() <= 1000);
    }

    [Fact]
    public async Task Following_next_links_walks_every_feature_once_keeping_the_other_parameters()
    {
        var ids = new List<string>();
        var url = "/ogc/collections/participations/items?confirmed=true&limit=40";
        var pages = 0;
        while (url is not null)
        {
            var body = await api.Client.GetJsonAsync(url, "application/geo+json");
            ids.AddRange(GeoJsonReader.Features(body).Select(f => f.Id!));
            var links = body.GetProperty("links").EnumerateArray().ToArray();
            Assert.Equal(pages > 0, links.Any(l => l.Str("rel") == "prev"));
            var next = links.SingleOrDefault(l => l.Str("rel") == "next");
            url = next.ValueKind == JsonValueKind.Undefined ? null : new Uri(next.Str("href")!).PathAndQuery;
            if (url is not null)
            {
                Assert.Contains("confirmed=true", url, StringComparison.Ordinal);
                Assert.Equal("application/geo+json", next.Str("type"));
            }

            pages++;
        }

        var expected = await DatabaseState.ColumnAsync(api.Database.ConnectionString,
            "SELECT p.id FROM participations p JOIN evidence_types e ON e.code = p.evidence WHERE e.confirmed");
        Assert.True(pages >= 3, $"only {pages} pages");
        Assert.Equal(expected.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_bbox_returns_the_features_whose_geometry_extent_meets_it()
    {
        var all = GeoJsonReader.Features(await api.Client.GetJsonAsync("/ogc/collections/countries/items?limit=1000", "application/geo+json"));
        var box = new NetTopologySuite.Geometries.Envelope(100, 120, 0, 20);
        var expected = all.Where(f => f.Geometry!.EnvelopeInternal.Intersects(box)).Select(f => f.Id!).Order(StringComparer.Ordinal);

        var body = await api.Client.GetJsonAsync("/ogc/collections/countries/items?bbox=100,0,120,20&limit=1000", "application/geo+json");

        Assert.Equal(expected, GeoJsonReader.Features(body).Select(f => f.Id!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2021-07-06", "2021-07-06", "2021-07-06")]                      // an instant (a date: the whole day)
    [InlineData("2017-12-01T10:00:00Z", "2017-12-01", "2017-12-01")]
    [InlineData("2017-01-01/2018-12-31", "2017-01-01", "2018-12-31")]           // closed interval
    [InlineData("../2015-12-31", "0001-01-01", "2015-12-31")]                   // open start
    [InlineData("2023-01-01/..", "2023-01-01", "9999-12-31")]                   // open end
    [InlineData("/2014-12-31", "0001-01-01", "2014-12-31")]                     // empty start
    public async Task Datetime_selects_the_features_whose_event_dates_meet_the_instant_or_interval(string datetime, string from, string to)
    {
        var expected = CsvFile.Read("participations.csv")
            .Where(p =>
            {
                var d = CsvFile.Read("dialogues.csv").Single(x => x["id"] == p["dialogue_id"]);
                return string.CompareOrdinal(d["start_date"], to) <= 0 && string.CompareOrdinal(d["end_date"], from) >= 0;
            })
            .Select(p => p["id"]).Order(StringComparer.Ordinal).ToArray();

        var body = await api.Client.GetJsonAsync($"/ogc/collections/participations/items?limit=1000&datetime={Uri.EscapeDataString(datetime)}", "application/geo+json");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, GeoJsonReader.Features(body).Select(f => f.Id!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Datetime_on_the_untimed_countries_collection_matches_every_feature()
    {
        var body = await api.Client.GetJsonAsync("/ogc/collections/countries/items?datetime=2021-07-06&limit=1", "application/geo+json");

        Assert.Equal(await DatabaseState.ScalarAsync<long>(api.Database.ConnectionString, "SELECT count(*) FROM countries"), body.GetProperty("numberMatched").GetInt64());
    }

    [Fact]
    public async Task The_reach_collection_times_each_country_year_from_1_january_to_31_december()
    {
        var features = GeoJsonReader.Features(await api.Client.GetJsonAsync("/ogc/collections/reach/items?datetime=2021-03-01&limit=1000", "application/geo+json"));
        var model = new ReachModel();

        Assert.Equal(model.Documented(2021), new SortedSet<string>(features.Select(f => f.Properties.Str("iso3")!), StringComparer.Ordinal));
        Assert.All(features, f =>
        {
            Assert.Equal("2021-01-01", f.Properties.Str("start_date"));
            Assert.Equal("2021-12-31", f.Properties.Str("end_date"));
            Assert.Equal($"{f.Properties.Str("iso3")}-2021", f.Id);
        });
    }

    [Fact]
    public async Task Equality_filters_select_what_the_files_say()
    {
        var body = await api.Client.GetJsonAsync("/ogc/collections/participations/items?year=2017&evidence_type=side_event&limit=1000", "application/geo+json");
        var model = new ReachModel();
        var expected = CsvFile.Read("participations.csv")
            .Where(p => p["evidence"] == "side_event" && model.Dialogues[p["dialogue_id"]]["year"] == "2017").Select(p => p["id"]).Order(StringComparer.Ordinal);

        Assert.Equal(expected, GeoJsonReader.Features(body).Select(f => f.Id!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_feature_is_fetched_by_its_stable_id_and_an_unknown_id_is_404()
    {
        var feature = await api.Client.GetJsonAsync("/ogc/collections/participations/items/hlm-2017.KHM.1", "application/geo+json");
        var reach = await api.Client.GetJsonAsync("/ogc/collections/reach/items/KHM-2017", "application/geo+json");

        Assert.Equal("hlm-2017.KHM.1", feature.Str("id"));
        Assert.Equal("KHM", feature.GetProperty("properties").Str("iso3"));
        Assert.Contains(feature.GetProperty("links").EnumerateArray(), l => l.Str("rel") == "collection");
        Assert.Equal("KHM-2017", reach.Str("id"));
        await api.Client.GetProblemAsync("/ogc/collections/participations/items/hlm-2017.KHM.999", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/ogc/collections/countries/items?colour=red", "colour")]
    [InlineData("/ogc/collections/countries/items?year=2021", "year")]           // not a filter of countries
    [InlineData("/ogc/collections/countries/items?limit=0", "limit")]
    [InlineData("/ogc/collections/countries/items?limit=-5", "limit")]
    [InlineData("/ogc/collections/countries/items?limit=ten", "limit")]
    [InlineData("/ogc/collections/countries/items?offset=-1", "offset")]
    [InlineData("/ogc/collections/countries/items?bbox=1,2,3", "bbox")]
    [InlineData("/ogc/collections/participations/items?iso3=%00", "iso3")]
    [InlineData("/ogc/collections/countries/items/NP%01L", "featureId")]
    [InlineData("/ogc/collections/countries/items?bbox=0,0,0,10,10,10", "bbox")]
    [InlineData("/ogc/collections/countries/items?bbox=0,50,10,40", "bbox")]
    [InlineData("/ogc/collections/participations/items?datetime=yesterday", "datetime")]
    [InlineData("/ogc/collections/participations/items?datetime=2021-13-01", "datetime")]
    [InlineData("/ogc/collections/participations/items?datetime=2022-01-01/2021-01-01", "datetime")]
    [InlineData("/ogc/collections/participations/items?datetime=2021-01-01/2022-01-01/2023-01-01", "datetime")]
    [InlineData("/ogc/collections/participations/items?year=twenty", "year")]
    [InlineData("/ogc/collections/participations/items?confirmed=yes", "confirmed")]
    [InlineData("/ogc/collections/participations/items?evidence_type=rumoured", "evidence_type")]
    [InlineData("/ogc/collections/participations/items?limit=5&limit=6", "limit")]
    [InlineData("/ogc/collections/participations/items?f=xml", "f")]
    [InlineData("/ogc?foo=1", "foo")]
    [InlineData("/ogc/conformance?foo=1", "foo")]
    [InlineData("/ogc/collections?bbox=1,2,3,4", "bbox")]
    public async Task Unknown_or_invalid_parameters_are_400_problems(string url, string parameter)
    {
        var problem = await api.Client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.Str("parameter"));
    }

    [Fact]
    public async Task Items_carry_an_etag_and_revalidate()
    {
        using var first = await api.Client.GetAsync("/ogc/collections/dialogues/items");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc/collections/dialogues/items");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }
}
