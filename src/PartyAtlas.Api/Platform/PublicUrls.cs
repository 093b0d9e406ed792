using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// Absolute links that stay right behind a reverse proxy: a configured public base URL
/// (PartyAtlas:PublicBaseUrl) wins; otherwise X-Forwarded-Proto/Host/Prefix from trusted proxies
/// (loopback by default; PartyAtlas:TrustAllProxies=true trusts any) shape the request's own URL,
/// and X-Forwarded-For names the client that rate limits count against.
/// </summary>
internal static class PublicUrls
{
    public static void AddPartyAtlasForwarding(this WebApplicationBuilder builder)
    {
        var trustAll = PartyAtlasOptions.From(builder.Configuration).TrustAllProxies;
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix;
            if (trustAll)
            {
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            }
        });
    }

    /// <summary>The service's public root, without a trailing slash, e.g. https://example.org/partyatlas.</summary>
    public static string Base(HttpRequest request)
    {
        var configured = request.HttpContext.RequestServices.GetRequiredService<IOptions<PartyAtlasOptions>>().Value.PublicBaseUrl;
        return !string.IsNullOrWhiteSpace(configured)
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
