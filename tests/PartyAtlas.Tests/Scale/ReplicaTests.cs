using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Scale;

/// <summary>
/// Reads from a PostgreSQL streaming replica, writes through the primary: real clusters (pg_basebackup -R),
/// a real API process, each side stopped and started again. One story, in order, as an operator lives it.
/// </summary>
public sealed class ReplicaTests
{
    private const string Key = "replica test key";

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_api_reading_a_replica_serves_imports_through_the_primary_and_survives_either_going_away()
    {
        await using var primary = await PrivateCluster.CreateAsync();
        await primary.StartAsync();
        await primary.CreateDatabaseAsync("atlas");
        await using (var dataSource = PartyAtlasDatabase.CreateDataSource(primary.ConnectionString("atlas")))
        {
            await Migrator.MigrateAsync(dataSource, CancellationToken.None);
            await GeodataImporter.ImportAsync(dataSource, Repository.Geodata, false, CancellationToken.None);
        }

        await using var replica = await PrivateCluster.CreateReplicaAsync(primary);
        await replica.StartAsync();
        await using var api = await ApiProcess.StartAsync(primary.ConnectionString("atlas"), environment: new Dictionary<string, string>
        {
            // Npgsql multi-host: the standby first, the primary when no standby answers.
            ["ConnectionStrings__PartyAtlasRead"] =
                $"Host=127.0.0.1:{replica.Port},127.0.0.1:{primary.Port};Username=postgres;Database=atlas;Timeout=3;Target Session Attributes=prefer-standby",
            ["PartyAtlas__Admin__ApiKeys__0"] = $"maintainer:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)))}",
        });
        using var http = new HttpClient { BaseAddress = new Uri(api.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };

        var ready = await ReadyAsync(http);
        Assert.True(ready.GetProperty("standby").GetBoolean(), $"reads should come from the standby: {ready}");
        Assert.EndsWith($":{replica.Port}", ready.Str("read_server"), StringComparison.Ordinal);
        var before = ready.Str("data_version");

        // An import through the primary reaches the replica, and the API reading it, within seconds.
        using var copy = new GeodataCopy();
        copy.EditField("dialogues/participations.csv", 3, "note", "imported through the primary");
        using (var imported = await ImportAsync(http, copy.Folder))
        {
            Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        }

        var after = await NewData.ServedAsync(() => VersionAsync(http, "/reach/timeline"), v => v != before, TimeSpan.FromSeconds(10));
        Assert.NotEqual(before, after);
        Assert.Equal(after, (await ReadyAsync(http)).Str("data_version"));

        // The primary goes away: reads keep answering from the replica; an import is a clear 503.
        await primary.StopAsync();
        using (var read = await http.GetAsync("/countries/NPL"))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        copy.EditField("dialogues/participations.csv", 3, "note", "while the primary is down");
        using (var refused = await ImportAsync(http, copy.Folder))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(after, await VersionAsync(http, "/reach/timeline"));

        // The primary comes back: imports work again, without restarting anything.
        await primary.StartAsync();
        await EventuallyAsync(async () =>
        {
            using var response = await ImportAsync(http, copy.Folder);
            return response.StatusCode == HttpStatusCode.OK;
        });
        var third = await NewData.ServedAsync(() => VersionAsync(http, "/reach/timeline"), v => v != after, TimeSpan.FromSeconds(10));
        Assert.NotEqual(after, third);

        // The replica goes away: reads fall back to the primary (prefer-standby).
        await replica.StopAsync();
        await EventuallyAsync(async () => (await ReadyAsync(http, expectOk: false)) is { ValueKind: JsonValueKind.Object } r && !r.GetProperty("standby").GetBoolean());
        using (var fallback = await http.GetAsync("/dialogues"))
        {
            Assert.Equal(HttpStatusCode.OK, fallback.StatusCode);
            Assert.Equal(third, fallback.Headers.GetValues("PartyAtlas-Data-Version").Single());
        }
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient http, string folder)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/import") { Content = GeodataZip.Of(folder) };
        request.Headers.Add("X-Api-Key", Key);
        return await http.SendAsync(request);
    }

    private static async Task<string?> VersionAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.GetValues("PartyAtlas-Data-Version").Single();
    }

    private static async Task<JsonElement> ReadyAsync(HttpClient http, bool expectOk = true)
    {
        using var response = await http.GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();
        if (!expectOk && response.StatusCode != HttpStatusCode.OK)
        {
            return default;
        }

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/health/ready: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "did not happen within 45 s");
            await Task.Delay(500);
        }
    }
}
