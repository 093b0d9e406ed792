using System.Globalization;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Import;

/// <summary>
/// Point places: ISO entries with no 1:50m shape (Tuvalu, Tokelau …) are Points at world-countries' latlng,
/// flagged by geometry_source, so a participation there can be recorded and drawn.
/// </summary>
public sealed class PointPlaceTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string PointSource = "point:world-countries latlng";

    private static string[] PointPlacesInFile() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Geodata, "countries.geojson")))!["features"]!.AsArray()
            .Where(f => (string?)f!["geometry"]!["type"] == "Point")
            .Select(f => (string)f!["properties"]!["iso3"]!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Every_point_place_of_the_file_imports_as_a_flagged_point_with_no_area_and_no_tile_fill()
    {
        var expected = PointPlacesInFile();

        var loaded = await DatabaseState.ColumnAsync(api.Database.ConnectionString,
            """
            SELECT iso3 FROM countries
            WHERE GeometryType(geom) = 'POINT' AND geometry_source = 'point:world-countries latlng' AND area_km2 = 0
              AND ST_Equals(label_point, geom) AND ST_Equals(geom_z0_2, geom) AND ST_Equals(geom_z3_5, geom)
              AND tile_z0_2 IS NULL AND tile_z3_5 IS NULL AND tile_z6 IS NULL
            ORDER BY iso3
            """);

        Assert.Contains("TUV", expected);
        Assert.Contains("TKL", expected);
        Assert.Equal(expected, loaded);
    }

    [Fact]
    public async Task The_countries_endpoint_answers_Tuvalu_as_a_point_feature_with_its_geometry_source()
    {
        var feature = await api.Client.GetJsonAsync("/countries/TUV", "application/geo+json");
        var all = await api.Client.GetJsonAsync("/countries", "application/geo+json");

        var geometry = feature.GetProperty("geometry");
        Assert.Equal("Point", geometry.Str("type"));
        Assert.Equal(178, geometry.GetProperty("coordinates")[0].GetDouble());
        Assert.Equal(-8, geometry.GetProperty("coordinates")[1].GetDouble());
        Assert.Equal(PointSource, feature.GetProperty("properties").Str("geometry_source"));
        Assert.Equal("sovereign", feature.GetProperty("properties").Str("kind"));
        Assert.Equal(0, feature.GetProperty("properties").GetProperty("area_km2").GetDouble());
        var france = all.GetProperty("features").EnumerateArray().Single(f => f.Str("id") == "FRA");
        Assert.Equal("natural-earth-1:50m", france.GetProperty("properties").Str("geometry_source"));
    }

    [Fact]
    public async Task A_participation_in_Tuvalu_imports_and_Tuvalu_is_in_reach_and_a_reach_point_at_zoom_1()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        using var copy = new GeodataCopy();
        copy.AppendLine("dialogues/participations.csv", "cpcdw-2014.TUV.1,cpcdw-2014,TUV,,,,,attended,S4,Test row: a point place.");
        await using (var dataSource = db.CreateDataSource())
        {
            var result = await GeodataImporter.ImportAsync(dataSource, copy.Folder, dryRun: false, CancellationToken.None);
            Assert.True(result.Outcome == ImportOutcome.Imported, string.Join("; ", result.Problems.Select(p => p.Message)));
        }

        await using var factory = ApiFixture.CreateFactory(db.ConnectionString);
        using var client = factory.CreateClient();
        var reach = await client.GetJsonAsync("/reach?year=2014", "application/geo+json");
        var bytes = await client.GetByteArrayAsync("/tiles/reach_points/1/1/1.mvt?year=2014");
        var tile = new MapboxTileReader().Read(new MemoryStream(bytes), new NetTopologySuite.IO.VectorTiles.Tiles.Tile(1, 1, 1));

        var tuvalu = reach.GetProperty("features").EnumerateArray().Single(f => f.Str("id") == "TUV");
        Assert.Equal("Point", tuvalu.GetProperty("geometry").Str("type"));
        Assert.Equal("attended", tuvalu.GetProperty("properties").Str("strongest_evidence"));
        var point = tile.Layers.Where(l => l.Name == "reach_points").SelectMany(l => l.Features)
            .Single(f => (string)f.Attributes["iso3"] == "TUV");
        var at = Assert.IsType<Point>(point.Geometry);
        Assert.InRange(at.X, 177.8, 178.2); // one unit of a 4096 extent at zoom 1 is ~0.044°
        Assert.InRange(at.Y, -8.2, -7.8);
        Assert.Equal(2014, Convert.ToInt32(point.Attributes["year"], CultureInfo.InvariantCulture));

        // It has no fill at any zoom, so it stays a point as the map zooms in.
        var deep = new MapboxTileReader().Read(new MemoryStream(await client.GetByteArrayAsync("/tiles/reach_points/6/63/33.mvt?year=2014")),
            new NetTopologySuite.IO.VectorTiles.Tiles.Tile(63, 33, 6));
        Assert.Contains(deep.Layers.SelectMany(l => l.Features), f => (string)f.Attributes["iso3"] == "TUV");
    }

    [Fact]
    public async Task The_reach_fill_tile_skips_a_point_place()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        using var copy = new GeodataCopy();
        copy.AppendLine("dialogues/participations.csv", "cpcdw-2014.TUV.1,cpcdw-2014,TUV,,,,,attended,S4,Test row: a point place.");
        await using (var dataSource = db.CreateDataSource())
        {
            await GeodataImporter.ImportAsync(dataSource, copy.Folder, dryRun: false, CancellationToken.None);
        }

        await using var factory = ApiFixture.CreateFactory(db.ConnectionString);
        using var client = factory.CreateClient();
        var bytes = await client.GetByteArrayAsync("/tiles/reach/1/1/1.mvt?year=2014");
        var tile = new MapboxTileReader().Read(new MemoryStream(bytes), new NetTopologySuite.IO.VectorTiles.Tiles.Tile(1, 1, 1));

        Assert.DoesNotContain("TUV", tile.Layers.SelectMany(l => l.Features).Select(f => f.Attributes["iso3"].ToString()));
    }
}
