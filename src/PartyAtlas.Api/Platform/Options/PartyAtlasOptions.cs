namespace PartyAtlas.Api.Platform.Options;

/// <summary>
/// Every setting of the service, bound from the configuration section "PartyAtlas" (environment:
/// PartyAtlas__Key) and checked at start-up by <see cref="PartyAtlasOptionsValidator"/>: a bad value
/// stops the service with a message naming its key. No other code reads "PartyAtlas:…" keys.
/// </summary>
public sealed class PartyAtlasOptions
{
    public const string Section = "PartyAtlas";

    /// <summary>The public root for absolute links (OGC, TileJSON, styles), e.g. https://maps.example.org/atlas.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Honour X-Forwarded-* from any proxy (default: loopback only).</summary>
    public bool TrustAllProxies { get; set; }

    /// <summary>Origins allowed to read cross-origin, comma-separated; * for any.</summary>
    public string CorsOrigins { get; set; } = "*";

    /// <summary>The server-side timeout of every read query.</summary>
    public double StatementTimeoutSeconds { get; set; } = 15;

    /// <summary>The in-memory response cache's size (every data answer, with its compressed variants); 0 turns it off.</summary>
    public long ResponseCacheMegabytes { get; set; } = 128;

    /// <summary>How often the data version is read, so a process serves another process's import within about this long.</summary>
    public int DataVersionPollMilliseconds { get; set; } = 1000;

    public RateLimitOptions RateLimits { get; set; } = new();

    public AdminOptions Admin { get; set; } = new();

    public IReadOnlyList<string> CorsOriginList =>
        CorsOrigins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The section's values as bound now, for set-up that runs before the host is built.</summary>
    public static PartyAtlasOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<PartyAtlasOptions>() ?? new PartyAtlasOptions();
}
