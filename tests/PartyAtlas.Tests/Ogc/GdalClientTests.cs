using System.Text.RegularExpressions;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Ogc;

/// <summary>GDAL's OAPIF driver, a real client, against the real host on a loopback port.</summary>
public sealed partial class GdalClientTests(ApiFixture api) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private ApiProcess _server = null!;

    private string Ogc => $"OAPIF:{_server.BaseUrl}/ogc";

    public async Task InitializeAsync() => _server = await ApiProcess.StartAsync(api.Database.ConnectionString);

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

    [GeneratedRegex(@"Layer name: (\w+)\s+(?:.*\n)*?Feature Count: (\d+)")]
    private static partial Regex LayerCounts();
}
