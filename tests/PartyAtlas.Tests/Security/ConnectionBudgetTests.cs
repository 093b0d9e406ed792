using Npgsql;
using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Security;

/// <summary>The read pool stays well below the server's connections, so an import and an operator always get in.</summary>
[Collection(nameof(TimedAlone))]
public sealed class ConnectionBudgetTests
{
    [Fact]
    public async Task Under_160_concurrent_requests_the_reads_hold_at_most_their_pool_and_an_import_and_psql_get_in()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        // The cache off, so every request needs the database.
        await using var factory = ApiFixture.CreateFactory(db.ConnectionString).WithWebHostBuilder(b => b
            .UseSetting("PartyAtlas:ResponseCacheMegabytes", "0")
            .UseSetting("PartyAtlas:ReadPoolMaxConnections", "12"));
        using var client = factory.CreateClient();
        using var stop = new CancellationTokenSource();
        var peak = 0L;
        var atPeak = "";
        var watcher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                // Client connections only: parallel query workers carry their leader's application_name.
                var now = await DatabaseState.ScalarAsync<long>(db.ConnectionString,
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND usename IS NOT NULL AND pid <> pg_backend_pid() AND application_name = 'PartyAtlas-read' AND backend_type = 'client backend'");
                if (now > peak)
                {
                    // What the sessions were at the peak, should it ever pass the pool (kept for the failure message).
                    atPeak = await DatabaseState.ScalarAsync<string>(db.ConnectionString,
                        "SELECT string_agg(format('%s %s %s', backend_type, state, n), '; ') FROM (SELECT backend_type, state, count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'PartyAtlas-read' GROUP BY 1, 2) s");
                    peak = now;
                }

                await Task.Delay(20);
            }
        });
        var load = Enumerable.Range(0, 160).Select(i => Task.Run(async () =>
        {
            var statuses = new List<int>();
            for (var n = 0; n < 4; n++)
            {
                using var response = await client.GetAsync($"/reach?year={2014 + (i + n) % 10}&zoom=0&precision={(i + n) % 4}");
                statuses.Add((int)response.StatusCode);
            }

            return statuses;
        })).ToArray();

        // Meanwhile an operator's session and an import, each with their own connection.
        await Task.Delay(200);
        await using (var operatorSession = new NpgsqlConnection(db.ConnectionString))
        {
            await operatorSession.OpenAsync();
            await using var query = new NpgsqlCommand("SELECT count(*) FROM countries", operatorSession);
            Assert.True((long)(await query.ExecuteScalarAsync())! > 200);
        }

        using var copy = new GeodataCopy();
        copy.EditField("dialogues/participations.csv", 2, "note", "during the load");
        await using (var importer = db.CreateDataSource())
        {
            Assert.Equal(ImportOutcome.Imported, (await GeodataImporter.ImportAsync(importer, copy.Folder, false, CancellationToken.None)).Outcome);
        }

        var statuses = (await Task.WhenAll(load)).SelectMany(s => s).ToArray();
        await stop.CancelAsync();
        await watcher;

        Assert.All(statuses, s => Assert.Equal(200, s));
        Assert.True(peak is >= 1 and <= 12, $"{peak} read connections at the peak (pool of 12): {atPeak}");
    }

    [Fact]
    public async Task Misses_beyond_the_build_slots_get_503_with_retry_after_while_health_and_cached_answers_stay_fast()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var factory = ApiFixture.CreateFactory(db.ConnectionString).WithWebHostBuilder(b => b
            .UseSetting("PartyAtlas:MaxConcurrentBuilds", "1")
            .UseSetting("PartyAtlas:BuildQueueSeconds", "0.05"));
        using var client = factory.CreateClient();
        (await client.GetAsync("/reach/timeline")).Dispose(); // cached before the flood

        var flood = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            using var response = await client.GetAsync($"/ogc/collections/participations/items?limit=200&offset={i}");
            return (response.StatusCode, response.Headers.RetryAfter?.ToString());
        })).ToArray();
        var health = System.Diagnostics.Stopwatch.StartNew();
        using var live = await client.GetAsync("/health");
        var healthMs = health.Elapsed.TotalMilliseconds;
        using var cached = await client.GetAsync("/reach/timeline");
        var results = await Task.WhenAll(flood);

        Assert.Equal(System.Net.HttpStatusCode.OK, live.StatusCode);
        Assert.True(healthMs < 500, $"/health took {healthMs:F0} ms");
        Assert.Equal("hit", cached.Headers.GetValues("PartyAtlas-Cache").Single());
        Assert.All(results, r => Assert.Contains(r.StatusCode, new[] { System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.ServiceUnavailable }));
        Assert.Contains(results, r => r.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && r.Item2 == "1");
        Assert.Contains(results, r => r.StatusCode == System.Net.HttpStatusCode.OK);
    }
}
