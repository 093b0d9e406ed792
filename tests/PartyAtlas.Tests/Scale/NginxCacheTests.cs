using System.Net;
using System.Text.Json;
using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Scale;

/// <summary>PartyAtlas behind nginx (scripts/nginx/partyatlas.conf.template): what an HTTP cache in front keeps, and what it must not.</summary>
public sealed class NginxCacheTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Through_nginx_a_repeated_versioned_tile_is_a_hit_and_after_an_import_the_old_urls_redirect()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        var port = NginxProcess.FreePort();
        var environment = new Dictionary<string, string> { ["PartyAtlas__PublicBaseUrl"] = $"http://127.0.0.1:{port}" };
        await using var one = await ApiProcess.StartAsync(db.ConnectionString, environment: environment);
        await using var two = await ApiProcess.StartAsync(db.ConnectionString, environment: environment);
        await using var nginx = await NginxProcess.StartAsync(port, one.BaseUrl, two.BaseUrl);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(nginx.BaseUrl) };

        var template = await TileTemplateAsync(one.BaseUrl);
        Assert.StartsWith(nginx.BaseUrl, template, StringComparison.Ordinal);
        string Tile(string t, int z, int x, int y) => t.Replace("{z}/{x}/{y}", $"{z}/{x}/{y}", StringComparison.Ordinal);

        using (var first = await http.GetAsync(Tile(template, 1, 1, 0)))
        using (var second = await http.GetAsync(Tile(template, 1, 1, 0)))
        {
            Assert.Equal("MISS", Status(first));
            Assert.Equal("HIT", Status(second));
            Assert.Equal("public, max-age=31536000, immutable", second.Headers.CacheControl?.ToString());
            Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        }

        using (var page = await http.GetAsync("/ogc/collections/reach/items?year=2021&limit=5"))
        using (var again = await http.GetAsync("/ogc/collections/reach/items?year=2021&limit=5"))
        {
            Assert.Equal("HIT", Status(again));
            Assert.Equal("public, max-age=300", again.Headers.CacheControl?.ToString());
        }

        using var copy = new GeodataCopy();
        copy.EditField("dialogues/participations.csv", 3, "note", "a new version behind nginx");
        await using (var dataSource = db.CreateDataSource())
        {
            await GeodataImporter.ImportAsync(dataSource, copy.Folder, false, CancellationToken.None);
        }

        var newTemplate = await NewData.ServedAsync(() => TileTemplateAsync(one.BaseUrl), t => t != template);
        Assert.NotEqual(template, newTemplate);
        // Each API polls the data version on its own: wait until the second (nginx balances over both) has it too.
        await NewData.ServedAsync(() => TileTemplateAsync(two.BaseUrl), t => t == newTemplate);
        using (var old = await http.GetAsync(Tile(template, 2, 2, 1)))
        {
            // A tile of the old version not kept yet: redirected (and the redirect itself not kept).
            Assert.Equal(HttpStatusCode.Found, old.StatusCode);
            Assert.Equal(Tile(newTemplate, 2, 2, 1), old.Headers.Location?.ToString());
            Assert.NotEqual("HIT", Status(old));
        }

        using (var current = await http.GetAsync(Tile(newTemplate, 2, 2, 1)))
        using (var repeated = await http.GetAsync(Tile(newTemplate, 2, 2, 1)))
        {
            Assert.Equal(HttpStatusCode.OK, current.StatusCode);
            Assert.Equal("HIT", Status(repeated));
        }
    }

    private static async Task<string> TileTemplateAsync(string api)
    {
        using var http = new HttpClient();
        var tilejson = JsonDocument.Parse(await http.GetStringAsync($"{api}/tiles/reach/tilejson.json?year=2021")).RootElement;
        return tilejson.GetProperty("tiles")[0].GetString()!;
    }

    private static string? Status(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Cache-Status", out var values) ? values.Single() : null;
}
