using System.Text.RegularExpressions;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Ogc;

/// <summary>GDAL's OAPIF driver, a real client, against the real host on a loopback port.</summary>
public sealed partial class GdalClientTests(ApiFixture api) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private ApiProcess _server = null!;

    private string Ogc => $"OAPIF:{_server.BaseUrl}/ogc";

    // The request log (with query strings) shows what GDAL sends.
    public async Task InitializeAsync() => _server = await ApiProcess.StartAsync(api.Database.ConnectionString,
        environment: new Dictionary<string, string> { ["Logging__LogLevel__PartyAtlas.Requests"] = "Information" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Ogrinfo_lists_every_collection_with_its_feature_count()
    {
        var output = await Gdal.OgrInfoAsync("-ro", "-al", "-so", Ogc);
        var counts = LayerCounts().Matches(output).ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value));
        var db = api.Database.ConnectionString;

        Assert.Equal(await DatabaseState.ScalarAsync<long>(db, "SELECT count(*) FROM countries"), counts["countries"]);
        Assert.Equal(await DatabaseState.ScalarAsync<long>(db, "SELECT count(*) FROM participations"), counts["participations"]);
        Assert.Equal(await DatabaseState.ScalarAsync<long>(db, "SELECT count(*) FROM reach_country_years(NULL, NULL, NULL)"), counts["reach"]);
        Assert.Equal(await DatabaseState.ScalarAsync<long>(db, "SELECT count(*) FROM dialogues"), counts["dialogues"]);
        Assert.Equal(CsvFile.Read("parties.csv").Count, counts["parties"]);
    }

    [Fact]
    public async Task Ogrinfo_where_on_a_declared_property_pages_through_the_same_features_as_the_database()
    {
        var output = await Gdal.OgrInfoAsync("-ro", "-al", "-q", "-oo", "PAGE_SIZE=3", Ogc, "participations", "-where", "year = 2017 AND confirmed = 1");
        var expected = await DatabaseState.ColumnAsync(api.Database.ConnectionString, """
            SELECT p.id FROM participations p JOIN dialogues d ON d.id = p.dialogue_id JOIN evidence_types e ON e.code = p.evidence
            WHERE d.year = 2017 AND e.confirmed
            """);

        Assert.True(expected.Count > 6, "the filter should span several pages of 3");
        Assert.Equal(expected.Order(StringComparer.Ordinal), Gdal.FieldValues(output, "id").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ogrinfo_spat_pages_through_the_same_countries_as_the_database()
    {
        var output = await Gdal.OgrInfoAsync("-ro", "-al", "-q", "-oo", "PAGE_SIZE=4", Ogc, "countries", "-spat", "100", "0", "120", "20");
        // GDAL sends the box to the server, then keeps only geometries that really intersect it.
        var expected = await DatabaseState.ColumnAsync(api.Database.ConnectionString,
            "SELECT iso3 FROM countries WHERE ST_Intersects(geom, ST_MakeEnvelope(100, 0, 120, 20, 4326))");

        Assert.True(expected.Count > 8, "the box should span several pages of 4");
        Assert.Equal(expected.Order(StringComparer.Ordinal), Gdal.FieldValues(output, "iso3").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ogr2ogr_where_is_sent_as_a_cql2_filter_and_writes_exactly_the_matching_participations()
    {
        var output = Path.Combine(Path.GetTempPath(), $"partyatlas-where-{Guid.NewGuid():N}.gpkg");
        try
        {
            await Gdal.Ogr2OgrAsync("-f", "GPKG", output, Ogc, "participations", "-where", "evidence_type = 'spoke' AND year >= 2021");

            var years = CsvFile.Read("dialogues.csv").ToDictionary(d => d["id"], d => int.Parse(d["year"], System.Globalization.CultureInfo.InvariantCulture));
            var expected = CsvFile.Read("participations.csv").Where(p => p["evidence"] == "spoke" && years[p["dialogue_id"]] >= 2021).Select(p => p["id"]).ToArray();
            var written = Gdal.FieldValues(await Gdal.OgrInfoAsync("-ro", "-al", "-q", output), "id");
            Assert.True(expected.Length > 10, "the expectation should not be trivial");
            Assert.Equal(expected.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
            Assert.Contains(_server.Log, l => l.Contains("/ogc/collections/participations/items", StringComparison.Ordinal)
                && l.Contains("filter=", StringComparison.Ordinal) && l.Contains("evidence_type", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Ogr2ogr_spat_with_where_writes_exactly_the_participations_PostGIS_selects()
    {
        var output = Path.Combine(Path.GetTempPath(), $"partyatlas-spat-{Guid.NewGuid():N}.gpkg");
        try
        {
            await Gdal.Ogr2OgrAsync("-f", "GPKG", output, Ogc, "participations", "-spat", "100", "0", "120", "20", "-where", "confirmed = 1 AND year <> 2017");

            var expected = await DatabaseState.ColumnAsync(api.Database.ConnectionString, """
                SELECT p.id FROM participations p JOIN dialogues d ON d.id = p.dialogue_id JOIN evidence_types e ON e.code = p.evidence
                JOIN countries c ON c.iso3 = p.iso3
                WHERE e.confirmed AND d.year <> 2017 AND ST_Intersects(c.geom, ST_MakeEnvelope(100, 0, 120, 20, 4326))
                """);
            var written = Gdal.FieldValues(await Gdal.OgrInfoAsync("-ro", "-al", "-q", output), "id");
            Assert.True(expected.Count > 5, "the expectation should not be trivial");
            Assert.Equal(expected.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
            Assert.Contains(_server.Log, l => l.Contains("bbox=", StringComparison.Ordinal) && l.Contains("filter=", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [GeneratedRegex(@"Layer name: (\w+)\s+(?:.*\n)*?Feature Count: (\d+)")]
    private static partial Regex LayerCounts();
}
