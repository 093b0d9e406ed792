using System.Globalization;
using System.Net;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Tiles;

/// <summary>The reach_points layer: documented countries under 30,000 km² as points at zooms 0–3, where their fills are specks.</summary>
public sealed class ReachPointTileTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly ReachModel Model = new();

    private async Task<VectorTile> TileAsync(int z, int x, int y, string query)
    {
        using var response = await api.Client.GetAsync($"/tiles/reach_points/{z}/{x}/{y}.mvt{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"reach_points/{z}/{x}/{y}{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new MapboxTileReader().Read(new MemoryStream(bytes), new NetTopologySuite.IO.VectorTiles.Tiles.Tile(x, y, z));
    }

    private static IEnumerable<IFeature> Features(VectorTile tile) =>
        tile.Layers.Where(l => l.Name == "reach_points").SelectMany(l => l.Features);

    private static (int X, int Y) TileOf(double lon, double lat, int z)
    {
        var n = 1 << z;
        var x = (int)Math.Floor((lon + 180) / 360 * n);
        var rad = lat * Math.PI / 180;
        var y = (int)Math.Floor((1 - Math.Log(Math.Tan(rad) + 1 / Math.Cos(rad)) / Math.PI) / 2 * n);
        return (Math.Clamp(x, 0, n - 1), Math.Clamp(y, 0, n - 1));
    }

    private async Task<Dictionary<string, double>> AreasAsync() =>
        (await DatabaseState.ColumnAsync(api.Database.ConnectionString, "SELECT iso3 || ' ' || area_km2::text FROM countries"))
        .Select(s => s.Split(' ')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    [Fact]
    public async Task Each_year_the_zoom_1_points_are_exactly_the_documented_countries_under_30000_km2()
    {
        var areas = await AreasAsync();
        foreach (var year in Model.Years)
        {
            var found = new SortedSet<string>(StringComparer.Ordinal);
            for (var x = 0; x < 2; x++)
            {
                for (var y = 0; y < 2; y++)
                {
                    var features = Features(await TileAsync(1, x, y, $"?year={year}")).ToArray();
                    Assert.All(features, f => Assert.IsType<Point>(f.Geometry));
                    found.UnionWith(features.Select(f => f.Attributes["iso3"].ToString()!));
                }
            }

            var small = Model.Documented(year).Where(iso3 => areas[iso3] < 30_000);
            Assert.Equal(new SortedSet<string>(small, StringComparer.Ordinal), found);
        }
    }

    [Fact]
    public async Task The_smallest_documented_island_state_is_a_point_at_its_label_point_at_zoom_1_and_the_largest_country_is_not()
    {
        var areas = await AreasAsync();
        // Computed from the files, not guessed: the smallest and the largest country documented in any one year.
        var (year, smallest) = Model.Years.SelectMany(y => Model.Documented(y).Select(iso3 => (Year: y, Iso3: iso3)))
            .MinBy(p => areas[p.Iso3]);
        var largest = Model.Documented(year).MaxBy(iso3 => areas[iso3])!;
        var label = (await DatabaseState.ColumnAsync(api.Database.ConnectionString,
            "SELECT ST_X(label_point)::text || ' ' || ST_Y(label_point)::text FROM countries WHERE iso3 = $1", smallest)).Single().Split(' ')
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var (tx, ty) = TileOf(label[0], label[1], 1);

        var tile = await TileAsync(1, tx, ty, $"?year={year}");
        var point = Features(tile).SingleOrDefault(f => (string)f.Attributes["iso3"] == smallest);
        var allZ1 = new List<string>();
        for (var x = 0; x < 2; x++)
        {
            for (var y = 0; y < 2; y++)
            {
                allZ1.AddRange(Features(await TileAsync(1, x, y, $"?year={year}")).Select(f => f.Attributes["iso3"].ToString()!));
            }
        }

        Assert.True(areas[smallest] < 30_000, $"{smallest} is {areas[smallest]} km²");
        Assert.NotNull(point);
        var at = Assert.IsType<Point>(point.Geometry);
        Assert.InRange(at.X, label[0] - 0.2, label[0] + 0.2); // one unit of a 4096 extent at zoom 1 is ~0.044°
        Assert.InRange(at.Y, label[1] - 0.2, label[1] + 0.2);
        Assert.Contains(point.Attributes["strongest_evidence"].ToString(), ReachModel.Confirmed);
        Assert.True(areas[largest] > 1_000_000, $"{largest} is only {areas[largest]} km²");
        Assert.DoesNotContain(largest, allZ1);
    }

    [Fact]
    public async Task Reach_points_carry_the_reach_layers_properties()
    {
        var reach = new MapboxTileReader().Read(new MemoryStream(await api.Client.GetByteArrayAsync("/tiles/reach/1/1/0.mvt?year=2021&evidence=all")),
            new NetTopologySuite.IO.VectorTiles.Tiles.Tile(1, 0, 1));
        var points = Features(await TileAsync(1, 1, 0, "?year=2021&evidence=all")).ToArray();
        var byIso3 = reach.Layers.SelectMany(l => l.Features).ToDictionary(f => f.Attributes["iso3"].ToString()!, StringComparer.Ordinal);

        Assert.NotEmpty(points);
        Assert.All(points, p =>
        {
            var iso3 = p.Attributes["iso3"].ToString()!;
            Assert.True(byIso3.ContainsKey(iso3), $"{iso3} is a point but not in the reach tile");
            foreach (var name in p.Attributes.GetNames())
            {
                Assert.Equal(byIso3[iso3].Attributes[name], p.Attributes[name]);
            }
        });
    }

    [Fact]
    public async Task Reach_points_need_a_year_and_past_zoom_3_carry_only_places_without_a_shape()
    {
        var noYear = await api.Client.GetProblemAsync("/tiles/reach_points/1/0/0.mvt", HttpStatusCode.BadRequest);
        var tooDeep = await api.Client.GetProblemAsync("/tiles/reach_points/9/0/0.mvt?year=2021", HttpStatusCode.BadRequest);
        var tilejson = await api.Client.GetJsonAsync("/tiles/reach_points/tilejson.json?year=2021");
        var pointPlaces = (await DatabaseState.ColumnAsync(api.Database.ConnectionString, "SELECT iso3 FROM countries WHERE geometry_source LIKE 'point:%'")).ToHashSet();
        // Grenada, a small shape documented in 2023, is a point at zoom 3 and a fill only from zoom 4.
        var (x3, y3) = TileOf(-61.68, 12.11, 3);
        var (x4, y4) = TileOf(-61.68, 12.11, 4);
        var at3 = Features(await TileAsync(3, x3, y3, "?year=2023&evidence=all")).Select(f => f.Attributes["iso3"].ToString()).ToArray();
        var at4 = Features(await TileAsync(4, x4, y4, "?year=2023&evidence=all")).Select(f => f.Attributes["iso3"].ToString()!).ToArray();

        Assert.Equal("year", noYear.Str("parameter"));
        Assert.Equal("z", tooDeep.Str("parameter"));
        Assert.Equal(8, tilejson.GetProperty("maxzoom").GetInt32());
        Assert.Contains("GRD", at3);
        Assert.All(at4, iso3 => Assert.Contains(iso3, pointPlaces));
        Assert.Equal("String", tilejson.GetProperty("vector_layers")[0].GetProperty("fields").Str("strongest_evidence"));
    }

    [Fact]
    public async Task The_style_draws_small_countries_as_evidence_coloured_circles_and_has_a_party_count_layer()
    {
        var style = await api.Client.GetJsonAsync("/styles/reach.json?year=2021");
        var layers = style.GetProperty("layers").EnumerateArray().ToDictionary(l => l.Str("id")!, StringComparer.Ordinal);
        var points = layers["reach-points"];
        var parties = layers["reach-parties"];

        Assert.EndsWith("/tiles/reach_points/{z}/{x}/{y}.mvt?year=2021", style.GetProperty("sources").GetProperty("reach_points").GetProperty("tiles")[0].GetString().Unversioned(), StringComparison.Ordinal);
        Assert.Equal("circle", points.Str("type"));
        // The tiles decide what is a point at each zoom (small shapes to zoom 3, point-only places always).
        Assert.False(points.TryGetProperty("maxzoom", out _));
        Assert.Equal(layers["reach"].GetProperty("paint").GetProperty("fill-color").GetRawText(), points.GetProperty("paint").GetProperty("circle-color").GetRawText());
        Assert.Equal("none", parties.GetProperty("layout").Str("visibility"));
        Assert.Equal("step", parties.GetProperty("paint").GetProperty("fill-color")[0].GetString());
    }
}
