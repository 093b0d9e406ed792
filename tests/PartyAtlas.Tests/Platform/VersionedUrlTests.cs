using System.Net;
using System.Text.Json;
using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Platform;

/// <summary>Immutable, versioned URLs: what an HTTP cache or CDN in front may keep, and for how long.</summary>
public sealed class VersionedUrlTests
{
    private const string Immutable = "public, max-age=31536000, immutable";

    [Fact]
    public async Task Links_carry_the_current_version_which_caches_may_keep_for_a_year_and_old_versions_redirect_after_an_import()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var factory = ApiFixture.CreateFactory(db.ConnectionString);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var (tileUrl, version) = await TileUrlAsync(client);
        using (var tile = await client.GetAsync(tileUrl))
        using (var unversioned = await client.GetAsync(tileUrl.Unversioned()))
        {
            Assert.Equal(HttpStatusCode.OK, tile.StatusCode);
            Assert.Equal(Immutable, tile.Headers.CacheControl?.ToString());
            Assert.Equal(version, tile.Headers.GetValues("PartyAtlas-Data-Version").Single());
            Assert.Equal("public, max-age=300", unversioned.Headers.CacheControl?.ToString());
            Assert.Equal(await tile.Content.ReadAsByteArrayAsync(), await unversioned.Content.ReadAsByteArrayAsync());
        }

        var items = JsonDocument.Parse(await client.GetStringAsync("/ogc/collections/reach/items?year=2021&limit=5")).RootElement;
        var next = items.GetProperty("links").EnumerateArray().Single(l => l.Str("rel") == "next").Str("href")!;
        Assert.Equal(version, VersionedLinks.VersionOf(next));

        using var copy = new GeodataCopy();
        copy.EditField("dialogues/participations.csv", 3, "note", "a note that makes a new version");
        await using (var dataSource = db.CreateDataSource())
        {
            await GeodataImporter.ImportAsync(dataSource, copy.Folder, false, CancellationToken.None);
        }

        var (newTileUrl, newVersion) = await NewData.ServedAsync(() => TileUrlAsync(client), t => t.Version != version);
        Assert.NotEqual(version, newVersion);
        using var old = await client.GetAsync(tileUrl);
        Assert.Equal(HttpStatusCode.Found, old.StatusCode);
        Assert.Equal(newTileUrl.Replace("{z}/{x}/{y}", "1/1/0", StringComparison.Ordinal), old.Headers.Location?.ToString());
        Assert.Equal("no-cache", old.Headers.CacheControl?.ToString());
        using var oldPage = await client.GetAsync(next);
        Assert.Equal(HttpStatusCode.Found, oldPage.StatusCode);
        Assert.Equal(newVersion, VersionedLinks.VersionOf(oldPage.Headers.Location!.ToString()));
        using var current = await client.GetAsync(old.Headers.Location);
        Assert.Equal(Immutable, current.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_version_never_imported_is_served_without_the_promise_and_a_malformed_one_is_a_400()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var factory = ApiFixture.CreateFactory(db.ConnectionString);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        // Perhaps newer than this replica has replayed: answered, but not promised.
        using var unknown = await client.GetAsync("/tiles/countries/0/0/0.mvt?v=0123456789abcdef");
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal("public, max-age=300", unknown.Headers.CacheControl?.ToString());
        var problem = await client.GetProblemAsync("/reach?year=2021&v=latest", HttpStatusCode.BadRequest);
        Assert.Equal("v", problem.Str("parameter"));
    }

    private static async Task<(string TileUrl, string Version)> TileUrlAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/tiles/reach/tilejson.json?year=2021");
        var tilejson = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var template = tilejson.GetProperty("tiles")[0].GetString()!;
        var version = response.Headers.GetValues("PartyAtlas-Data-Version").Single();
        Assert.Equal(version, VersionedLinks.VersionOf(template));
        return (template.Replace("{z}/{x}/{y}", "1/1/0", StringComparison.Ordinal), version);
    }
}
