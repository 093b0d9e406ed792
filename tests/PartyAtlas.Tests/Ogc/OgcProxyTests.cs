using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Ogc;

/// <summary>Links stay right behind a reverse proxy, or under a configured public URL.</summary>
public sealed class OgcProxyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Forwarded_proto_host_and_prefix_from_a_trusted_proxy_shape_every_link()
    {
        await using var factory = ApiFixture.CreateFactory(api.Database.ConnectionString)
            .WithWebHostBuilder(b => b.UseSetting("PartyAtlas:TrustAllProxies", "true"));
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc/collections/countries/items?limit=10");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "maps.example.org");
        request.Headers.Add("X-Forwarded-Prefix", "/atlas");
        using var response = await client.SendAsync(request);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.All(body.GetProperty("links").EnumerateArray(), l =>
            Assert.StartsWith("https://maps.example.org/atlas/ogc/collections/countries", l.Str("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_client_are_ignored()
    {
        // A client on the internet: no proxy is trusted unless PartyAtlas:TrustedProxies names it.
        await using var factory = ApiFixture.CreateFactory(api.Database.ConnectionString)
            .WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(System.Net.IPAddress.Parse("203.0.113.5")))));
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc");
        request.Headers.Add("X-Forwarded-Host", "evil.example.com");
        using var response = await client.SendAsync(request);

        Assert.DoesNotContain("evil.example.com", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_public_base_url_wins()
    {
        await using var factory = ApiFixture.CreateFactory(api.Database.ConnectionString)
            .WithWebHostBuilder(b => b.UseSetting("PartyAtlas:PublicBaseUrl", "https://partyatlas.example.net/v1/"));
        using var client = factory.CreateClient();

        var links = (await client.GetJsonAsync("/ogc")).GetProperty("links");

        Assert.All(links.EnumerateArray(), l => Assert.StartsWith("https://partyatlas.example.net/v1/", l.Str("href"), StringComparison.Ordinal));
    }
}
