using System.Diagnostics;
using Microsoft.AspNetCore.Routing;
using Prometheus;

namespace PartyAtlas.Api.Infrastructure;

/// <summary>
/// One structured log line per request (route, status, duration, cache) and Prometheus metrics at
/// /metrics (prometheus-net): request counts and durations by route, the tile cache, and the .NET
/// meters of Npgsql (connection pool) and ASP.NET Core. JSON logs: Logging__Console__FormatterName=json.
/// </summary>
internal static partial class Observability
{
    private static readonly Gauge TileCacheBytes = Metrics.CreateGauge("partyatlas_tile_cache_bytes", "Estimated bytes held by the tile cache.");
    private static readonly Gauge TileCacheEntries = Metrics.CreateGauge("partyatlas_tile_cache_entries", "Tiles held by the tile cache.");
    private static readonly Gauge TileCacheHits = Metrics.CreateGauge("partyatlas_tile_cache_hits", "Tile cache hits since start.");
    private static readonly Gauge TileCacheMisses = Metrics.CreateGauge("partyatlas_tile_cache_misses", "Tile cache misses (tiles rendered by PostGIS) since start.");

    public static void UsePartyAtlasObservability(this WebApplication app)
    {
        var cache = app.Services.GetRequiredService<Tiles.TileCache>();
        Metrics.DefaultRegistry.AddBeforeCollectCallback(() =>
        {
            var stats = cache.Statistics;
            TileCacheBytes.Set(stats.Bytes);
            TileCacheEntries.Set(stats.Entries);
            TileCacheHits.Set(stats.Hits);
            TileCacheMisses.Set(stats.Misses);
        });

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PartyAtlas.Requests");
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value;
                var cacheState = context.Response.StatusCode == StatusCodes.Status304NotModified ? "revalidated"
                    : context.Response.Headers["X-Tile-Cache"].FirstOrDefault() ?? "none";
                LogRequest(logger, context.Request.Method, route, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, cacheState);
            }
        });
        app.UseHttpMetrics();
    }

    public static void MapPartyAtlasMetrics(this WebApplication app) =>
        app.MapMetrics("/metrics").WithTags("Health").ExcludeFromDescription();

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} {Status} {DurationMs:F1} ms cache={Cache}")]
    private static partial void LogRequest(ILogger logger, string method, string? route, int status, double durationMs, string cache);
}
