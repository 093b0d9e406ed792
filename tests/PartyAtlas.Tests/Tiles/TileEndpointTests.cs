using System.Net;
using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Tiles;

public sealed class TileEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly ReachModel Model = new();

    private async Task<(HttpResponseMessage Response, VectorTile Tile)> GetTileAsync(string layer, int z, int x, int y, string query = "")
    {
        var response = await api.Client.GetAsync($"/tiles/{layer}/{z}/{x}/{y}.mvt{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{layer}/{z}/{x}/{y}{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return (response, new MapboxTileReader().Read(stream, new NetTopologySuite.IO.VectorTiles.Tiles.Tile(x, y, z)));
    }

    private static SortedSet<string> Codes(VectorTile tile, string layer, string property = "iso3") =>
        new(tile.Layers.Single(l => l.Name == layer).Features.Select(f => f.Attributes[property].ToString()!), StringComparer.Ordinal);

    [Fact]
    public async Task The_countries_layer_at_zoom_0_is_a_small_world_base_map()
    {
        var (response, tile) = await GetTileAsync("countries", 0, 0, 0);
        var all = await DatabaseState.ColumnAsync(api.Database.ConnectionString, "SELECT iso3 FROM countries");
        var codes = Codes(tile, "countries");

        // Specks smaller than a tile pixel (Aruba, Tuvalu-sized islands) drop out at zoom 0; everything else is there.
        Assert.Subset(new HashSet<string>(all, StringComparer.Ordinal), codes);
        Assert.True(codes.Count >= 200, $"only {codes.Count} countries at zoom 0");
        var missing = new[] { "CHN", "TWN", "HKG", "PSE", "XKX", "ESH", "RUS", "FJI" }.Where(c => !codes.Contains(c)).ToArray();
        Assert.True(missing.Length == 0, $"missing at zoom 0: {string.Join(", ", missing)}");
        Assert.True(response.Content.Headers.ContentLength < 150_000, $"z0 countries tile is {response.Content.Headers.ContentLength} bytes");
        response.Dispose();
    }

    [Fact]
    public async Task The_reach_layer_of_each_year_holds_exactly_the_countries_the_files_document()
    {
        foreach (var year in Model.Years)
        {
            // The 16 tiles of zoom 2 cover the world at a scale where every documented country shows.
            var found = new SortedSet<string>(StringComparer.Ordinal);
            for (var x = 0; x < 4; x++)
            {
                for (var y = 0; y < 4; y++)
                {
                    var bytes = await api.Client.GetByteArrayAsync($"/tiles/reach/2/{x}/{y}.mvt?year={year}");
                    var tile = new MapboxTileReader().Read(new MemoryStream(bytes), new NetTopologySuite.IO.VectorTiles.Tiles.Tile(x, y, 2));
                    found.UnionWith(tile.Layers.SelectMany(l => l.Features).Select(f => f.Attributes["iso3"].ToString()!));
                }
            }

            var world = await api.Client.GetByteArrayAsync($"/tiles/reach/0/0/0.mvt?year={year}");
            var atZero = world.Length == 0 ? [] : Codes(new MapboxTileReader().Read(new MemoryStream(world), new NetTopologySuite.IO.VectorTiles.Tiles.Tile(0, 0, 0)), "reach");

            Assert.Equal(Model.Documented(year), found);
            Assert.Subset(Model.Documented(year), atZero);
        }
    }

    [Fact]
    public async Task Reach_features_carry_the_styling_properties_the_files_imply()
    {
        var (response, tile) = await GetTileAsync("reach", 0, 0, 0, "?year=2021&evidence=all");
        response.Dispose();
        string[] all = ["spoke", "delegation", "attended", "watched_at_venue", "side_event", "message_only", "ambiguous", "prospective"];
        var firstYears = Model.FirstYears(all);

        Assert.All(tile.Layers.Single().Features, f =>
        {
            var iso3 = f.Attributes["iso3"].ToString()!;
            var rows = Model.Rows(all).Where(r => r["iso3"] == iso3 && Model.YearOf(r) == 2021).ToArray();
            Assert.Equal(all.First(e => rows.Any(r => r["evidence"] == e)), f.Attributes["strongest_evidence"]);
            Assert.Equal(rows.Select(r => r["dialogue_id"]).Distinct().Count(), Convert.ToInt32(f.Attributes["event_count"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(firstYears[iso3], Convert.ToInt32(f.Attributes["first_year"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(firstYears[iso3] == 2021, (bool)f.Attributes["new"]);
            Assert.Equal(firstYears[iso3] < 2021, (bool)f.Attributes["returning"]);
        });
    }

    [Fact]
    public async Task Dialogue_and_scope_layers_render_host_cities_and_invited_regions()
    {
        var (r1, dialogues) = await GetTileAsync("dialogues", 0, 0, 0);
        var (r2, scopes) = await GetTileAsync("scopes", 0, 0, 0, "?year=2023");
        r1.Dispose();
        r2.Dispose();
        var hosts = CsvFile.Read("dialogues.csv").Where(d => d["host_lon"].Length > 0).Select(d => d["id"]);
        var scoped = CsvFile.Read("dialogue_scopes.csv").Select(s => s["dialogue_id"]).Distinct().Where(id => Model.Dialogues[id]["year"] == "2023");

        Assert.Equal(new SortedSet<string>(hosts, StringComparer.Ordinal), Codes(dialogues, "dialogues", "id"));
        Assert.Equal(new SortedSet<string>(scoped, StringComparer.Ordinal), Codes(scopes, "scopes", "dialogue_id"));
    }

    [Fact]
    public async Task An_area_without_features_is_an_empty_200_and_pbf_answers_like_mvt()
    {
        using var ocean = await api.Client.GetAsync("/tiles/countries/8/0/0.mvt");
        using var pbf = await api.Client.GetAsync("/tiles/countries/1/1/0.pbf");

        Assert.Equal(HttpStatusCode.OK, ocean.StatusCode);
        Assert.Empty(await ocean.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, pbf.StatusCode);
        Assert.NotEmpty(await pbf.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/tiles/countries/9/0/0.mvt", "z")]
    [InlineData("/tiles/countries/-1/0/0.mvt", "z")]
    [InlineData("/tiles/countries/a/0/0.mvt", "z")]
    [InlineData("/tiles/countries/2/4/0.mvt", "x")]
    [InlineData("/tiles/countries/2/0/4.mvt", "y")]
    [InlineData("/tiles/countries/2/0/1e3.mvt", "y")]
    [InlineData("/tiles/countries/2/-1/0.mvt", "x")]
    [InlineData("/tiles/countries/2/0/0.png", "ext")]
    [InlineData("/tiles/reach/2/2/1.mvt", "year")]
    [InlineData("/tiles/reach/2/2/1.mvt?year=1800", "year")]
    [InlineData("/tiles/reach/2/2/1.mvt?year=2021&evidence=absent", "evidence")]
    [InlineData("/tiles/countries/2/2/1.mvt?year=2021", "year")]
    [InlineData("/tiles/scopes/0/0/0.mvt?dialogue=BAD_ID", "dialogue")]
    [InlineData("/tiles/reach/tilejson.json?series=nope", "series")]
    [InlineData("/styles/reach.json?year=abc", "year")]
    public async Task Bad_tile_requests_are_400_problems_naming_the_part(string url, string parameter)
    {
        var problem = await api.Client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.Str("parameter"));
    }

    [Fact]
    public async Task An_unknown_layer_is_404() =>
        await api.Client.GetProblemAsync("/tiles/roads/0/0/0.mvt", HttpStatusCode.NotFound);

    [Fact]
    public async Task Tiles_revalidate_with_etag_and_are_cached_in_memory()
    {
        using var first = await api.Client.GetAsync("/tiles/reach/1/1/0.mvt?year=2017");
        using var second = await api.Client.GetAsync("/tiles/reach/1/1/0.mvt?year=2017");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tiles/reach/1/1/0.mvt?year=2017");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var revalidated = await api.Client.SendAsync(request);
        using var otherYear = await api.Client.GetAsync("/tiles/reach/1/1/0.mvt?year=2021");

        Assert.Equal("hit", second.Headers.GetValues("PartyAtlas-Cache").Single());
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.NotEqual(first.Headers.ETag, otherYear.Headers.ETag);
        Assert.Contains("public", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_answers_the_headers_of_a_tile_without_its_body()
    {
        using var get = await api.Client.GetAsync("/tiles/countries/1/0/0.mvt");
        using var head = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/tiles/countries/1/0/0.mvt"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/tiles/countries/0/0/0.mvt")]
    [InlineData("/tiles/reach/tilejson.json?year=2021")]
    [InlineData("/styles/reach.json")]
    [InlineData("/reach?year=2021&zoom=0")]
    public async Task Tiles_and_metadata_answer_cross_origin_requests(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", "https://some-web-map.example");
        using var response = await api.Client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Tilejson_is_3_0_0_with_absolute_tile_urls_carrying_the_filters_and_the_layer_fields()
    {
        var tilejson = await api.Client.GetJsonAsync("/tiles/reach/tilejson.json?year=2017&series=global");
        var tiles = tilejson.GetProperty("tiles").EnumerateArray().Select(t => t.GetString()!).ToArray();
        var layer = tilejson.GetProperty("vector_layers")[0];

        Assert.Equal("3.0.0", tilejson.Str("tilejson"));
        Assert.Equal(["http://localhost/tiles/reach/{z}/{x}/{y}.mvt?year=2017&series=global"], tiles.Select(t => t.Unversioned()));
        Assert.Equal("reach", layer.Str("id"));
        Assert.Equal("String", layer.GetProperty("fields").Str("strongest_evidence"));
        Assert.Contains("Natural Earth", tilejson.Str("attribution"), StringComparison.Ordinal);
        Assert.Equal(8, tilejson.GetProperty("maxzoom").GetInt32());
    }

    [Fact]
    public async Task The_style_draws_reach_over_the_countries_base_map_for_the_requested_year()
    {
        var style = await api.Client.GetJsonAsync("/styles/reach.json?year=2017");
        var sources = style.GetProperty("sources");
        var layers = style.GetProperty("layers").EnumerateArray().Select(l => l.Str("id")!).ToArray();

        Assert.Equal(8, style.GetProperty("version").GetInt32());
        Assert.EndsWith("?year=2017", sources.GetProperty("reach").GetProperty("tiles")[0].GetString().Unversioned(), StringComparison.Ordinal);
        Assert.True(Array.IndexOf(layers, "countries") < Array.IndexOf(layers, "reach"));
        Assert.Contains("dialogues", layers);
    }

    [Fact]
    public async Task An_import_that_changes_the_data_invalidates_cached_tiles()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var factory = ApiFixture.CreateFactory(db.ConnectionString);
        using var client = factory.CreateClient();
        async Task<string> FranceName()
        {
            var bytes = await client.GetByteArrayAsync("/tiles/countries/0/0/0.mvt");
            var tile = new MapboxTileReader().Read(new MemoryStream(bytes), new NetTopologySuite.IO.VectorTiles.Tiles.Tile(0, 0, 0));
            return tile.Layers[0].Features.Single(f => (string)f.Attributes["iso3"] == "FRA").Attributes["name_en"].ToString()!;
        }

        var before = await FranceName();
        using var copy = new GeodataCopy();
        copy.EditCountries(f => Import.CountryImportTests.Feature(f, "FRA")["properties"]!["name_en"] = "France (renamed)");
        await using (var dataSource = db.CreateDataSource())
        {
            await PartyAtlas.Core.Import.GeodataImporter.ImportAsync(dataSource, copy.Folder, false, CancellationToken.None);
        }

        Assert.Equal("France", before);
        Assert.Equal("France (renamed)", await NewData.ServedAsync(FranceName, name => name != before));
    }
}
