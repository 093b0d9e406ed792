using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Security;

public sealed class HardeningTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_api_reads_as_a_role_that_cannot_write()
    {
        await using var factory = ApiFixture.CreateFactory(api.Database.ConnectionString);
        var dataSource = factory.Services.GetRequiredService<NpgsqlDataSource>();
        for (var i = 0; i < 3; i++)
        {
            // Also after the pool has reset and reused the connection (DISCARD ALL, RESET ROLE).
            await using var reused = await dataSource.OpenConnectionAsync();
            await using var reset = new NpgsqlCommand("RESET ROLE; SELECT current_user", reused);
            Assert.Equal("partyatlas_reader", await reset.ExecuteScalarAsync());
        }

        await using var connection = await dataSource.OpenConnectionAsync();

        await using var write = new NpgsqlCommand("DELETE FROM sources", connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => write.ExecuteNonQueryAsync());
        Assert.Equal("42501", error.SqlState); // insufficient_privilege
    }

    [Fact]
    public async Task A_query_over_the_statement_timeout_is_a_503_problem_not_a_hang()
    {
        await using var factory = ApiFixture.CreateFactory(api.Database.ConnectionString)
            .WithWebHostBuilder(b => b.UseSetting("PartyAtlas:StatementTimeoutSeconds", "0.001"));
        using var client = factory.CreateClient();

        var problem = await client.GetProblemAsync("/reach/timeline", HttpStatusCode.ServiceUnavailable);

        Assert.DoesNotContain("Npgsql", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_the_rate_limit_a_client_gets_429_with_retry_after_and_tiles_have_their_own_budget()
    {
        await using var factory = ApiFixture.CreateFactory(api.Database.ConnectionString).WithWebHostBuilder(b => b
            .UseSetting("PartyAtlas:RateLimits:Enabled", "true")
            .UseSetting("PartyAtlas:RateLimits:AnalyticsPerSecond", "1")
            .UseSetting("PartyAtlas:RateLimits:AnalyticsBurst", "2"));
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync("/dialogues");
            statuses.Add(response.StatusCode);
        }

        using var limited = await client.GetAsync("/sources");
        using var tile = await client.GetAsync("/tiles/countries/0/0/0.mvt");

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, tile.StatusCode);
    }

    [Fact]
    public async Task Cross_origin_writes_are_not_allowed()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/admin/import");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var response = await api.Client.SendAsync(preflight);

        Assert.False(response.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Any(m => m.Contains("POST", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Cors_origins_can_be_narrowed_by_configuration()
    {
        await using var factory = ApiFixture.CreateFactory(api.Database.ConnectionString)
            .WithWebHostBuilder(b => b.UseSetting("PartyAtlas:CorsOrigins", "https://maps.example.org"));
        using var client = factory.CreateClient();

        async Task<string?> AllowedFor(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/tiles/countries/0/0/0.mvt");
            request.Headers.Add("Origin", origin);
            using var response = await client.SendAsync(request);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var v) ? v.Single() : null;
        }

        Assert.Equal("https://maps.example.org", await AllowedFor("https://maps.example.org"));
        Assert.Null(await AllowedFor("https://other.example"));
    }

    [Fact]
    public async Task Metrics_expose_request_counts_the_response_cache_by_kind_and_the_connection_pool()
    {
        await api.Client.GetAsync("/tiles/countries/1/0/0.mvt");
        await api.Client.GetAsync("/tiles/countries/1/0/0.mvt");

        var metrics = await api.Client.GetStringAsync("/metrics");

        Assert.Contains("http_requests_received_total", metrics, StringComparison.Ordinal);
        Assert.Contains("http_request_duration_seconds", metrics, StringComparison.Ordinal);
        Assert.Matches(@"partyatlas_response_cache_hits_total\{kind=""tiles""\} [1-9]", metrics);
        Assert.Matches(@"partyatlas_response_cache_bytes\{kind=""tiles""\} [1-9]", metrics);
        Assert.Contains("partyatlas_response_cache_evictions_total{kind=\"tiles\"}", metrics, StringComparison.Ordinal);
        Assert.Matches(@"npgsql_db_client_connection_count\{db_client_connection_pool_name=""partyatlas-read"",db_client_connection_state=""(idle|used)""\} [0-9]", metrics);
    }

    /// <summary>Found by the fuzz test: with Accept: text/csv the default writer declined and errors came back as text/plain.</summary>
    [Theory]
    [InlineData("/dialogues?year=abc", "text/csv")]
    [InlineData("/reach/timeline?by=decade", "application/xml")]
    [InlineData("/nowhere", "text/csv")]
    public async Task A_problem_is_json_even_when_the_client_accepts_only_another_type(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await api.Client.SendAsync(request);

        Assert.True((int)response.StatusCode is >= 400 and < 500);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Html_pages_carry_security_headers_and_errors_carry_no_internals()
    {
        using var page = await api.Client.GetAsync("/");
        var problem = await api.Client.GetProblemAsync("/countries/QQQ", HttpStatusCode.NotFound);

        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("   at ", problem.GetRawText(), StringComparison.Ordinal);
    }
}
