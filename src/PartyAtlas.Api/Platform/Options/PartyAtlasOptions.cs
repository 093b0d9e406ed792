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

    /// <summary>
    /// A folder of tile archives (CLI `export tiles`) served as static files under /archives, with range requests,
    /// so the viewer's `?archive=/archives/NAME.pmtiles` works without another host. Unset: no /archives.
    /// </summary>
    public string? ArchivesFolder { get; set; }

    /// <summary>
    /// The reverse proxies whose X-Forwarded-For/Proto/Host/Prefix are honoured: comma-separated addresses or
    /// networks (127.0.0.1, 10.0.0.0/8). Default none: headers from clients never shape links or rate-limit keys.
    /// </summary>
    public string TrustedProxies { get; set; } = "";

    /// <summary>Honour X-Forwarded-* from any address: only when the service is reachable through the proxy alone.</summary>
    public bool TrustAllProxies { get; set; }

    public IReadOnlyList<string> TrustedProxyList =>
        TrustedProxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Origins allowed to read cross-origin, comma-separated; * for any.</summary>
    public string CorsOrigins { get; set; } = "*";

    /// <summary>
    /// The read pool's size: well below PostgreSQL's max_connections (100 by default), so imports, migrations
    /// and an operator's psql still get a connection under any load. The connection string's own Maximum
    /// Pool Size, if given, wins.
    /// </summary>
    public int ReadPoolMaxConnections { get; set; } = 20;

    /// <summary>The server-side timeout of every read query.</summary>
    public double StatementTimeoutSeconds { get; set; } = 15;

    /// <summary>The in-memory response cache's size (every data answer, with its compressed variants); 0 turns it off.</summary>
    public long ResponseCacheMegabytes { get; set; } = 128;

    /// <summary>The slowest a client may read a response, in bytes per second, before it is dropped (0: never).</summary>
    public double MinResponseBytesPerSecond { get; set; } = 1024;

    /// <summary>Each connection's kernel send buffer in KiB (0: the kernel's autotuning, up to megabytes per slow reader).</summary>
    public int SocketSendBufferKilobytes { get; set; } = 128;

    /// <summary>Answers built from the database at once (cache misses); others wait for a slot.</summary>
    public int MaxConcurrentBuilds { get; set; } = Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>How long a cache miss waits for a build slot before it is answered 503 with Retry-After.</summary>
    public double BuildQueueSeconds { get; set; } = 10;

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
