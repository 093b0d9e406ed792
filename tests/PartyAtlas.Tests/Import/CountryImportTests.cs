using System.Text.Json.Nodes;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Import;

public sealed class CountryImportTests
{
    [Fact]
    public async Task Shipped_geodata_loads_every_shape_as_a_valid_right_hand_rule_multipolygon_and_every_point_place_as_a_point()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        var inFile = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Geodata, "countries.geojson")))!["features"]!.AsArray().Count;

        var loaded = await DatabaseState.ScalarAsync<long>(db.ConnectionString,
            """
            SELECT count(*) FROM countries
            WHERE (geometry_source = 'natural-earth-1:50m' AND GeometryType(geom) = 'MULTIPOLYGON' AND ST_IsValid(geom) AND ST_IsPolygonCCW(geom)
                   AND ST_IsValid(geom_z0_2) AND ST_IsValid(geom_z3_5) AND ST_IsPolygonCCW(geom_z0_2))
               OR (geometry_source LIKE 'point:%' AND GeometryType(geom) = 'POINT')
            """);

        Assert.True(inFile >= 230, $"only {inFile} features in countries.geojson");
        Assert.Equal(inFile, loaded);
    }

    [Theory]
    [InlineData(121.56, 25.04, "TWN")] // Taipei
    [InlineData(116.40, 39.90, "CHN")] // Beijing
    [InlineData(21.17, 42.67, "XKX")]  // Pristina
    [InlineData(114.12, 22.40, "HKG")] // Hong Kong, New Territories
    [InlineData(35.20, 31.90, "PSE")]  // Ramallah
    public async Task A_city_lies_in_exactly_its_own_country_or_region(double lon, double lat, string iso3)
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();

        var containing = await DatabaseState.ColumnAsync(db.ConnectionString,
            "SELECT iso3 FROM countries WHERE ST_Contains(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326))", lon, lat);

        Assert.Equal([iso3], containing);
    }

    [Fact]
    public async Task Territories_and_disputed_entities_are_features_of_their_own_with_their_kind()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();

        var kinds = await DatabaseState.ColumnAsync(db.ConnectionString,
            "SELECT iso3 || '=' || kind FROM countries WHERE iso3 IN ('TWN','HKG','MAC','PSE','XKX','ESH','CHN') ORDER BY iso3");

        Assert.Equal(["CHN=sovereign", "ESH=disputed", "HKG=dependent", "MAC=dependent", "PSE=disputed", "TWN=disputed", "XKX=disputed"], kinds);
    }

    [Fact]
    public async Task Simplified_bands_hold_fewer_vertices_than_full_detail()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();

        var counts = await DatabaseState.ColumnAsync(db.ConnectionString,
            "SELECT sum(ST_NPoints(geom_z0_2)) FROM countries UNION ALL SELECT sum(ST_NPoints(geom_z3_5)) FROM countries UNION ALL SELECT sum(ST_NPoints(geom)) FROM countries");

        var (low, mid, full) = (long.Parse(counts[0]), long.Parse(counts[1]), long.Parse(counts[2]));
        Assert.True(low < mid && mid < full, $"z0-2 {low}, z3-5 {mid}, full {full}");
    }

    [Fact]
    public async Task Importing_the_same_files_again_changes_nothing()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var dataSource = db.CreateDataSource();
        var before = await DatabaseState.FingerprintAsync(db.ConnectionString);

        var result = await GeodataImporter.ImportAsync(dataSource, Repository.Geodata, dryRun: false, CancellationToken.None);

        Assert.Equal(ImportOutcome.Unchanged, result.Outcome);
        Assert.Equal(before, await DatabaseState.FingerprintAsync(db.ConnectionString));
    }

    [Fact]
    public async Task Importing_changed_files_replaces_the_dataset_and_records_a_new_data_version()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var dataSource = db.CreateDataSource();
        using var copy = new GeodataCopy();
        copy.EditCountries(features => Feature(features, "FRA")["properties"]!["name_en"] = "France (renamed)");

        var result = await GeodataImporter.ImportAsync(dataSource, copy.Folder, dryRun: false, CancellationToken.None);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal("France (renamed)", await DatabaseState.ScalarAsync<string>(db.ConnectionString, "SELECT name_en FROM countries WHERE iso3 = 'FRA'"));
        Assert.Equal(2L, await DatabaseState.ScalarAsync<long>(db.ConnectionString, "SELECT count(*) FROM data_versions"));
        Assert.Equal(result.ContentHash, await DatabaseState.ScalarAsync<string>(db.ConnectionString, "SELECT content_hash FROM current_data_version"));
    }

    public static TheoryData<string, string> BrokenCountryFiles => new()
    {
        { "malformed-json", "malformed JSON" },
        { "no-code", "feature has no code" },
        { "duplicate-code", "duplicate code DEU" },
        { "unrepairable-geometry", "invalid geometry that cannot be repaired" },
        { "lat-lon-swapped", "coordinates outside" },
        { "bad-kind", "kind 'country' is not one of" },
        { "unflagged-point", "geometry is a Point without properties.geometry_source 'point:<source>'" },
        { "flagged-polygon", "a point place must be a Point" },
        { "nul-in-name", "properties.name_en: cell holds a control character" },
        { "formula-in-name", "properties.name_zh: cell starts with '='" },
    };

    [Theory]
    [MemberData(nameof(BrokenCountryFiles))]
    public async Task A_broken_countries_file_is_rejected_with_a_message_naming_the_file_and_feature_and_nothing_changes(string breakage, string expected)
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var dataSource = db.CreateDataSource();
        using var copy = new GeodataCopy();
        Break(copy, breakage);
        var before = await DatabaseState.FingerprintAsync(db.ConnectionString);

        var result = await GeodataImporter.ImportAsync(dataSource, copy.Folder, dryRun: false, CancellationToken.None);

        Assert.Equal(ImportOutcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
        Assert.Equal("countries.geojson", problem.File);
        if (breakage != "malformed-json")
        {
            Assert.StartsWith("feature ", problem.Column);
        }

        Assert.Equal(before, await DatabaseState.FingerprintAsync(db.ConnectionString));
    }

    [Fact]
    public async Task A_self_intersecting_polygon_is_repaired_rather_than_rejected()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var dataSource = db.CreateDataSource();
        using var copy = new GeodataCopy();
        // A bow-tie: valid once split into two triangles.
        copy.EditCountries(features => Feature(features, "MAC")["geometry"] = JsonNode.Parse(
            """{"type":"Polygon","coordinates":[[[113.5,22.1],[113.6,22.2],[113.6,22.1],[113.5,22.2],[113.5,22.1]]]}"""));

        var result = await GeodataImporter.ImportAsync(dataSource, copy.Folder, dryRun: false, CancellationToken.None);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal(2, await DatabaseState.ScalarAsync<int>(db.ConnectionString, "SELECT ST_NumGeometries(geom) FROM countries WHERE iso3 = 'MAC' AND ST_IsValid(geom)"));
    }

    [Fact]
    public async Task A_dry_run_validates_without_writing()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync(withData: false);
        await using var dataSource = db.CreateDataSource();

        var result = await GeodataImporter.ImportAsync(dataSource, Repository.Geodata, dryRun: true, CancellationToken.None);

        Assert.Equal(ImportOutcome.Valid, result.Outcome);
        Assert.Equal(0L, await DatabaseState.ScalarAsync<long>(db.ConnectionString, "SELECT count(*) FROM countries"));
    }

    [Fact]
    public async Task Migrating_twice_applies_nothing_the_second_time()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync(withData: false);
        await using var dataSource = db.CreateDataSource();

        var second = await Migrator.MigrateAsync(dataSource, CancellationToken.None);

        Assert.Empty(second);
        Assert.Equal((long)Migrator.All.Count, await DatabaseState.ScalarAsync<long>(db.ConnectionString, "SELECT count(*) FROM schema_migrations"));
    }

    internal static JsonNode Feature(JsonArray features, string iso3) =>
        features.First(f => (string?)f!["properties"]!["iso3"] == iso3)!;

    private static void Break(GeodataCopy copy, string breakage)
    {
        switch (breakage)
        {
            case "malformed-json":
                File.WriteAllText(copy.PathOf("countries.geojson"), File.ReadAllText(copy.PathOf("countries.geojson"))[..5000]);
                break;
            case "no-code":
                copy.EditCountries(f => Feature(f, "FRA")["properties"]!.AsObject().Remove("iso3"));
                break;
            case "duplicate-code":
                copy.EditCountries(f => Feature(f, "FRA")["properties"]!["iso3"] = "DEU");
                break;
            case "unrepairable-geometry":
                // Every vertex on one line: no area left to repair into.
                copy.EditCountries(f => Feature(f, "FRA")["geometry"] = JsonNode.Parse(
                    """{"type":"Polygon","coordinates":[[[2,46],[3,47],[4,48],[2,46]]]}"""));
                break;
            case "lat-lon-swapped":
                copy.EditCountries(f => Feature(f, "FRA")["geometry"] = JsonNode.Parse(
                    """{"type":"Polygon","coordinates":[[[46,2],[47,2],[47,200],[46,2]]]}"""));
                break;
            case "nul-in-name":
                copy.EditCountries(f => Feature(f, "FRA")["properties"]!["name_en"] = "Fra\u0000nce");
                break;
            case "formula-in-name":
                copy.EditCountries(f => Feature(f, "FRA")["properties"]!["name_zh"] = "=HYPERLINK(\"http://evil.example\",\"法国\")");
                break;
            case "bad-kind":
                copy.EditCountries(f => Feature(f, "FRA")["properties"]!["kind"] = "country");
                break;
            case "unflagged-point":
                copy.EditCountries(f => Feature(f, "TUV")["properties"]!.AsObject().Remove("geometry_source"));
                break;
            case "flagged-polygon":
                copy.EditCountries(f => Feature(f, "FRA")["properties"]!["geometry_source"] = "point:world-countries latlng");
                break;
        }
    }
}
