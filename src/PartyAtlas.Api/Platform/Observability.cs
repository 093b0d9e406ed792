using System.Diagnostics;
using Prometheus;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// One structured log line per request (route, status, duration, cache) and Prometheus metrics at
/// /metrics (prometheus-net): request counts and durations by route, the response cache by kind of answer, and the .NET
/// meters of Npgsql (npgsql_db_client_connection_count: the pool, by state) and ASP.NET Core. JSON logs: Logging__Console__FormatterName=json.
/// </summary>
internal static partial class Observability
{
    /// <summary>This app's own registry (not the process-wide default), so two hosts in one process never mix their figures.</summary>
    public static void AddPartyAtlasObservability(this WebApplicationBuilder builder)
    {
        var registry = Metrics.NewCustomRegistry();
        DotNetStats.Register(registry);
        builder.Services.AddSingleton(registry);
        // The .NET meters: Npgsql's connection pool (db_client_connection_*), Kestrel, ASP.NET Core.
        builder.Services.AddSingleton(_ => new MeterListening(MeterAdapter.StartListening(new MeterAdapterOptions
        {
            Registry = registry,
            MetricFactory = Metrics.WithCustomRegistry(registry),
            // Not the runtime's private diagnostics (QUIC internals and the like): noise for operators.
            InstrumentFilterPredicate = instrument => !instrument.Meter.Name.StartsWith("Private.", StringComparison.Ordinal),
        })));
    }

    public static void UsePartyAtlasObservability(this WebApplication app)
    {
        var registry = app.Services.GetRequiredService<CollectorRegistry>();
        _ = app.Services.GetRequiredService<MeterListening>();
        var metrics = Metrics.WithCustomRegistry(registry);
        var bytes = metrics.CreateGauge("partyatlas_response_cache_bytes", "Bytes the response cache holds now, by kind of answer.", "kind");
        var hits = metrics.CreateGauge("partyatlas_response_cache_hits_total", "Answers served from the response cache since start, by kind.", "kind");
        var misses = metrics.CreateGauge("partyatlas_response_cache_misses_total", "Answers built from the database since start, by kind.", "kind");
        var evictions = metrics.CreateGauge("partyatlas_response_cache_evictions_total", "Answers dropped from the response cache (full, or a new data version) since start, by kind.", "kind");
        var cache = app.Services.GetRequiredService<ResponseCache>();
        registry.AddBeforeCollectCallback(() =>
        {
            foreach (var (kind, stats) in cache.Kinds)
            {
                bytes.WithLabels(kind).Set(Interlocked.Read(ref stats.Bytes));
                hits.WithLabels(kind).Set(Interlocked.Read(ref stats.Hits));
                misses.WithLabels(kind).Set(Interlocked.Read(ref stats.Misses));
                evictions.WithLabels(kind).Set(Interlocked.Read(ref stats.Evictions));
            }
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
                    : context.Response.Headers["PartyAtlas-Cache"].FirstOrDefault() ?? "none";
                // The path is the client's: its control characters (a decoded %0A) must not forge log lines.
                // The query too (what analysts filter on), as sent: escaped, so it cannot break the line; cut at 1000 characters.
                var query = context.Request.QueryString.Value ?? "";
                LogRequest(logger, context.Request.Method, Printable(route), Printable(query.Length > 1000 ? query[..1000] + "…" : query),
                    context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, cacheState);
            }
        });
        app.UseHttpMetrics(o => o.SetMetricFactory(metrics));
    }

    /// <summary>The text with every control character written as \uXXXX.</summary>
    internal static string? Printable(string? text) =>
        text is null || !text.Any(char.IsControl) ? text
            : string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    public static void MapPartyAtlasMetrics(this WebApplication app) =>
        app.MapMetrics("/metrics", app.Services.GetRequiredService<CollectorRegistry>()).WithTags("Health").ExcludeFromDescription();

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} {Query} {Status} {DurationMs:F1} ms cache={Cache}")]
    private static partial void LogRequest(ILogger logger, string method, string? route, string? query, int status, double durationMs, string cache);

    /// <summary>Holds the meter adapter for the app's lifetime; disposed with the service provider.</summary>
    private sealed class MeterListening(IDisposable adapter) : IDisposable
    {
        public void Dispose() => adapter.Dispose();
    }
}
