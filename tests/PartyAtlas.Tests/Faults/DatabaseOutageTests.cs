using System.Net;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Faults;

/// <summary>The database is down at start, comes up, goes down and comes back: the API follows by itself.</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task A_database_that_is_not_there_is_an_outage_503_not_a_500()
    {
        var server = await PostGis.GetAsync();
        var missing = new Npgsql.NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = "partyatlas_dropped_meanwhile" }.ConnectionString;
        await using var factory = ApiFixture.CreateFactory(missing);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/reach/timeline");

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_api_starts_without_its_database_answers_503_and_recovers_by_itself_twice()
    {
        await using var cluster = await PrivateCluster.CreateAsync();
        await using var api = await ApiProcess.StartAsync(cluster.ConnectionString("atlas"), waitForDatabase: false);
        using var http = new HttpClient { BaseAddress = new Uri(api.BaseUrl), Timeout = TimeSpan.FromSeconds(20) };

        // Down from the start.
        await AssertUnavailableAsync(http, "/health/ready");
        var down = await AssertUnavailableAsync(http, "/countries?zoom=0");
        Assert.True(down.Headers.RetryAfter is not null, "a 503 should say when to retry");

        // Up: migrate and load, and the same process serves.
        await cluster.StartAsync();
        await cluster.CreateDatabaseAsync("atlas");
        await using (var dataSource = PartyAtlasDatabase.CreateDataSource(cluster.ConnectionString("atlas")))
        {
            await Migrator.MigrateAsync(dataSource, CancellationToken.None);
            Assert.Equal(ImportOutcome.Imported, (await GeodataImporter.ImportAsync(dataSource, Repository.Geodata, false, CancellationToken.None)).Outcome);
        }

        await EventuallyAsync(http, "/health/ready", HttpStatusCode.OK);
        await EventuallyAsync(http, "/countries?zoom=0", HttpStatusCode.OK);

        // A restart of the database: pooled connections break; requests fail over to 503, then recover.
        await cluster.StopAsync();
        await EventuallyAsync(http, "/reach/timeline", HttpStatusCode.ServiceUnavailable);
        await cluster.StartAsync();
        await EventuallyAsync(http, "/reach/timeline", HttpStatusCode.OK);
        await EventuallyAsync(http, "/health/ready", HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> AssertUnavailableAsync(HttpClient http, string url)
    {
        var response = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return response;
    }

    private static async Task EventuallyAsync(HttpClient http, string url, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        HttpStatusCode last = 0;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await http.GetAsync(url);
            last = response.StatusCode;
            if (last == expected)
            {
                return;
            }

            Assert.True((int)last is 200 or 503, $"{url}: {(int)last} {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(250);
        }

        Assert.Fail($"{url} still answered {(int)last}, not {(int)expected}, after 45 s");
    }
}
