using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// Per-client token buckets (client = remote address, after trusted X-Forwarded-For): a generous one
/// for tiles and styles (mostly served from cache) and a tighter one for analytics, which query
/// PostGIS every time. Over the limit: 429 problem+json with Retry-After. Configure under
/// PartyAtlas:RateLimits (Enabled, TilesPerSecond, TilesBurst, AnalyticsPerSecond, AnalyticsBurst).
/// </summary>
internal static class RateLimits
{
    public const string Tiles = "tiles";
    public const string Analytics = "analytics";

    public static void AddPartyAtlasRateLimits(this WebApplicationBuilder builder)
    {
        var limits = PartyAtlasOptions.From(builder.Configuration).RateLimits;
        var enabled = limits.Enabled;
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = WriteRejection;
            o.AddPolicy(Tiles, http => Partition(http, enabled, limits.TilesPerSecond, limits.TilesBurst));
            o.AddPolicy(Analytics, http => Partition(http, enabled, limits.AnalyticsPerSecond, limits.AnalyticsBurst));
            // Beside the buckets, a per-client cap on heavy requests in flight: a burst of costly pages from one
            // client queues behind its own, not everyone's (tiles, styles, /health and /metrics are not capped).
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => enabled && IsHeavy(http.Request.Path)
                ? RateLimitPartition.GetConcurrencyLimiter(Client(http), _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.AnalyticsConcurrency, QueueLimit = limits.AnalyticsConcurrency * 4, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter(""));
        });
    }

    private static readonly string[] HeavyPrefixes = ["/ogc", "/reach", "/countries", "/dialogues", "/parties", "/sources"];

    private static bool IsHeavy(PathString path) => HeavyPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>The client a limit counts against: the remote address (a trusted proxy's X-Forwarded-For, if any).</summary>
    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> Partition(HttpContext http, bool enabled, int perSecond, int burst)
    {
        var client = Client(http);
        return enabled
            ? RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst, TokensPerPeriod = perSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0, AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(client);
    }

    private static async ValueTask WriteRejection(OnRejectedContext context, CancellationToken ct)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = $"Slow down: retry after {retryAfter} s." },
        });
    }
}
