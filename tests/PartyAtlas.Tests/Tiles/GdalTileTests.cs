using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Tiles;

/// <summary>GDAL's MVT driver reads a tile over HTTP, as QGIS and ogr2ogr would.</summary>
public sealed class GdalTileTests(ApiFixture api) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private ApiProcess _server = null!;

    public async Task InitializeAsync() => _server = await ApiProcess.StartAsync(api.Database.ConnectionString);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Ogrinfo_reads_the_reach_tile_of_a_year_with_the_countries_the_database_places_in_it()
    {
        var output = await Gdal.OgrInfoAsync("-ro", "-al", $"MVT:{_server.BaseUrl}/tiles/reach/2/2/1.mvt?year=2021");
        var expected = await DatabaseState.ColumnAsync(api.Database.ConnectionString, """
            SELECT DISTINCT r.iso3 FROM reach_country_years(NULL, NULL, NULL) r JOIN countries c ON c.iso3 = r.iso3
            WHERE r.year = 2021 AND c.tile_z0_2 && ST_TileEnvelope(2, 2, 1)
              AND ST_Intersects(c.tile_z0_2, ST_TileEnvelope(2, 2, 1, margin => 64.0 / 4096))
            """);

        Assert.Contains("Layer name: reach", output, StringComparison.Ordinal);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Gdal.FieldValues(output, "iso3").Order(StringComparer.Ordinal));
    }
}
