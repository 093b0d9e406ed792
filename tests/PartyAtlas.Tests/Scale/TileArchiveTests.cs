using System.Text.Json;
using System.Text.RegularExpressions;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Scale;

/// <summary>Static tile archives (CLI export tiles): read back by the clients that serve them, equal to the API's tiles.</summary>
public sealed partial class TileArchiveTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Sample = ["0/0/0", "1/1/0", "2/2/1", "3/4/2", "3/6/3", "3/2/3"];

    [Fact]
    public async Task A_pmtiles_archive_read_with_the_pmtiles_package_holds_the_apis_tiles_byte_for_byte()
    {
        var file = Path.Combine(Path.GetTempPath(), $"partyatlas-{Guid.NewGuid():N}.pmtiles");
        try
        {
            var export = await CliProcess.RunAsync(api.Database.ConnectionString, "export", "tiles", "--format", "pmtiles",
                "--layers", "countries,reach", "--years", "2017-2021", "--max-zoom", "3", "--out", file);
            Assert.True(export.Exit == 0, export.Stderr);
            Assert.Contains("layers countries, reach_2017, reach_2018, reach_2019, reach_2020, reach_2021", export.Stdout, StringComparison.Ordinal);

            var read = JsonDocument.Parse(await Browser.NodeAsync("pmtiles-read.mjs", TimeSpan.FromMinutes(1), [file, .. Sample])).RootElement;
            Assert.Equal(3, read.GetProperty("header").GetProperty("maxZoom").GetInt32());
            Assert.Equal(["countries", "reach_2017", "reach_2018", "reach_2019", "reach_2020", "reach_2021"],
                read.GetProperty("metadata").GetProperty("vector_layers").EnumerateArray().Select(l => l.GetProperty("id").GetString()));

            foreach (var address in Sample)
            {
                var archived = Convert.FromBase64String(read.GetProperty("tiles").GetProperty(address).GetString()!);
                var expected = new List<byte>(await api.Client.GetByteArrayAsync($"/tiles/countries/{address}.mvt"));
                foreach (var year in Enumerable.Range(2017, 5))
                {
                    var reach = await api.Client.GetByteArrayAsync($"/tiles/reach/{address}.mvt?year={year}");
                    if (reach.Length > 0)
                    {
                        expected.AddRange(MvtLayers.Renamed(reach, $"reach_{year}"));
                    }
                }

                Assert.True(expected.SequenceEqual(archived), $"{address}: the archive's tile ({archived.Length} bytes, layers {string.Join(", ", MvtLayers.Split(archived).Select(l => l.Name))}) is not the API's tiles side by side ({expected.Count} bytes)");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_mbtiles_archive_read_by_ogrinfo_has_the_layers_and_the_feature_counts_of_the_apis_tiles()
    {
        var file = Path.Combine(Path.GetTempPath(), $"partyatlas-{Guid.NewGuid():N}.mbtiles");
        try
        {
            var export = await CliProcess.RunAsync(api.Database.ConnectionString, "export", "tiles", "--format", "mbtiles",
                "--layers", "countries,reach", "--years", "2021-2023", "--max-zoom", "2", "--out", file);
            Assert.True(export.Exit == 0, export.Stderr);

            // At zoom 0 the archive is one tile: its layers' counts are the API's world tiles'.
            var info = await Gdal.OgrInfoAsync("-ro", "-so", "-al", "-oo", "ZOOM_LEVEL=0", file);
            var counts = LayerCounts().Matches(info).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(["countries", "reach_2021", "reach_2022", "reach_2023"], counts.Keys);
            Assert.Equal(await WorldTileCountAsync("/tiles/countries/0/0/0.mvt"), counts["countries"]);
            foreach (var year in new[] { 2021, 2022, 2023 })
            {
                Assert.Equal(await WorldTileCountAsync($"/tiles/reach/0/0/0.mvt?year={year}"), counts[$"reach_{year}"]);
            }

            Assert.True(counts["reach_2021"] > 20, "2021 should have documented reach");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_viewer_reads_the_reach_from_a_pmtiles_archive_served_under_archives()
    {
        var folder = Directory.CreateTempSubdirectory("partyatlas-archives-").FullName;
        try
        {
            var export = await CliProcess.RunAsync(api.Database.ConnectionString, "export", "tiles", "--format", "pmtiles",
                "--layers", "reach", "--years", "2014-2025", "--max-zoom", "3", "--out", Path.Combine(folder, "reach.pmtiles"));
            Assert.True(export.Exit == 0, export.Stderr);
            await using var server = await ApiProcess.StartAsync(api.Database.ConnectionString,
                environment: new Dictionary<string, string> { ["PartyAtlas__ArchivesFolder"] = folder });

            await Browser.RunAsync("viewer-archive.mjs", server.BaseUrl, TimeSpan.FromMinutes(3), "/archives/reach.pmtiles");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("--format", "zip", "--out", "/tmp/x.zip")]
    [InlineData("--format", "pmtiles", "--out", "/nowhere/at/all/x.pmtiles")]
    [InlineData("--format", "pmtiles", "--layers", "parties", "--out", "/tmp/x.pmtiles")]
    [InlineData("--format", "pmtiles", "--max-zoom", "12", "--out", "/tmp/x.pmtiles")]
    [InlineData("--format", "pmtiles", "--years", "2021-2014", "--out", "/tmp/x.pmtiles")]
    public async Task A_bad_export_request_is_exit_2_with_what_to_write_instead(params string[] args)
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(api.Database.ConnectionString, ["export", "tiles", .. args]);
        Assert.Equal(2, exit);
        Assert.Contains("--", stderr, StringComparison.Ordinal);
    }

    private async Task<int> WorldTileCountAsync(string url)
    {
        var bytes = await api.Client.GetByteArrayAsync(url);
        var tile = new MapboxTileReader().Read(new MemoryStream(bytes), new NetTopologySuite.IO.VectorTiles.Tiles.Tile(0, 0, 0));
        return tile.Layers.Sum(l => l.Features.Count);
    }

    [GeneratedRegex(@"Layer name: (\w+)\s+(?:.*\n)*?Feature Count: (\d+)")]
    private static partial Regex LayerCounts();
}
