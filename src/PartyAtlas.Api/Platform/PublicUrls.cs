using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// Absolute links that stay right behind a reverse proxy: a configured public base URL
/// (PartyAtlas:PublicBaseUrl) wins; otherwise X-Forwarded-Proto/Host/Prefix shape the request's own URL,
/// and X-Forwarded-For names the client that rate limits count against — but only from the proxies named
/// in PartyAtlas:TrustedProxies (none by default; PartyAtlas:TrustAllProxies trusts any). A forwarded
/// scheme other than http or https is refused. The Host header is checked by ASP.NET Core's host
/// filtering against AllowedHosts; answers whose links follow it say so in Vary.
/// </summary>
internal static class PublicUrls
{
    public static void AddPartyAtlasForwarding(this WebApplicationBuilder builder)
    {
        var options = PartyAtlasOptions.From(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Empty lists would mean "trust everyone": with no proxy named, forwarded headers are off.
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            var trusted = options.TrustedProxyList;
            o.ForwardedHeaders = trusted.Count > 0 || options.TrustAllProxies
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix
                : ForwardedHeaders.None;
            foreach (var proxy in trusted)
            {
                if (System.Net.IPAddress.TryParse(proxy, out var address))
                {
                    o.KnownProxies.Add(address);
                }
                else
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
            }
        });
    }

    /// <summary>Forwarded headers from trusted proxies, then a refusal of any scheme but http and https.</summary>
    public static void UsePartyAtlasForwarding(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use((context, next) => context.Request.Scheme is "http" or "https"
            ? next(context)
            : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid forwarded scheme",
                detail: "X-Forwarded-Proto must be http or https.").ExecuteAsync(context));
    }

    /// <summary>True when links follow the request's Host and forwarded headers (no public base URL is configured).</summary>
    public static bool FollowsRequest(HttpRequest request) =>
        string.IsNullOrWhiteSpace(request.HttpContext.RequestServices.GetRequiredService<IOptions<PartyAtlasOptions>>().Value.PublicBaseUrl);

    /// <summary>The service's public root, without a trailing slash, e.g. https://example.org/partyatlas.</summary>
    public static string Base(HttpRequest request)
    {
        var configured = request.HttpContext.RequestServices.GetRequiredService<IOptions<PartyAtlasOptions>>().Value.PublicBaseUrl;
        return !string.IsNullOrWhiteSpace(configured)
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
