using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Security;

/// <summary>The small findings of the second hardening pass, each pinned: none of them may reach a 500 or a log.</summary>
public sealed class HostileRequestTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/countries?region=%00")]
    [InlineData("/countries?kind=%00")]
    [InlineData("/parties?affiliation=%00")]
    [InlineData("/reach?year=2021&dialogue=%00")]
    [InlineData("/reach/timeline?series=%00")]
    [InlineData("/dialogues?series=glob%00al")]
    [InlineData("/ogc/collections/participations/items?iso3=%00")]
    [InlineData("/tiles/reach/0/0/0.mvt?year=2021&series=%00")]
    public async Task A_nul_byte_in_any_value_is_a_400_problem(string url)
    {
        var problem = await api.Client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.Contains("control character", problem.Str("detail")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_break_in_the_url_cannot_forge_a_log_line()
    {
        var lines = new ConcurrentQueue<string>();
        await using var factory = ApiFixture.CreateFactory(api.Database.ConnectionString)
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(new Capture(lines))));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/nowhere%0A2026-12-02 INFO admin logged in");

        var logged = lines.Where(l => l.Contains("nowhere", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(logged);
        Assert.All(logged, l => Assert.DoesNotContain('\n', l));
        Assert.Contains(logged, l => l.Contains("nowhere\\u000a2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forwarded_headers_from_a_client_on_the_loopback_are_ignored_by_default()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("X-Forwarded-Proto", "javascript");
        using var response = await api.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", body, StringComparison.Ordinal);
        // Links follow the Host: caches are told so.
        Assert.Contains("Host", response.Headers.Vary);
    }

    [Fact]
    public async Task A_trusted_proxy_shapes_links_but_may_only_forward_http_or_https()
    {
        await using var factory = ApiFixture.CreateFactory(api.Database.ConnectionString).WithWebHostBuilder(b => b
            .UseSetting("PartyAtlas:TrustedProxies", "127.0.0.1")
            .ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Loopback))));
        using var client = factory.CreateClient();
        async Task<HttpResponseMessage> Forwarded(string proto)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc");
            request.Headers.Add("X-Forwarded-Host", "maps.example.org");
            request.Headers.Add("X-Forwarded-Proto", proto);
            return await client.SendAsync(request);
        }

        using var https = await Forwarded("https");
        using var javascript = await Forwarded("javascript");

        Assert.Contains("https://maps.example.org/ogc", await https.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, javascript.StatusCode);
        Assert.DoesNotContain("javascript", await javascript.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_allowed_hosts_set_another_host_is_refused()
    {
        await using var factory = ApiFixture.CreateFactory(api.Database.ConnectionString)
            .WithWebHostBuilder(b => b.UseSetting("AllowedHosts", "localhost"));
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc");
        request.Headers.Host = "evil.example";

        using var refused = await client.SendAsync(request);
        using var allowed = await client.GetAsync("/ogc");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    private sealed class Capture(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception));
        }
    }
}
