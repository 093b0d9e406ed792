using Microsoft.Extensions.Options;
using Npgsql;
using PartyAtlas.Api.Platform.Options;
using PartyAtlas.Core.Database;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// The current data version, held in memory so a cached answer needs no database round trip. It is
/// read at start-up, polled (PartyAtlas:DataVersionPollMilliseconds, default 1000), refreshed at once
/// by an import through this process, and corrected by any query that saw a newer version — so every
/// process serves a new import within about a second. A change empties the response cache.
/// </summary>
public sealed partial class DataVersionMonitor(
    NpgsqlDataSource db, ResponseCache cache, IOptions<PartyAtlasOptions> options, ILogger<DataVersionMonitor> logger) : BackgroundService
{
    private volatile string _current = "none";

    /// <summary>The version answers are keyed on now ("none" before the first import or the first read).</summary>
    public string Current => _current;

    private volatile IReadOnlySet<string> _history = new HashSet<string>();

    /// <summary>Whether <paramref name="version"/> was imported once and is not the current version (its URLs are redirected).</summary>
    public bool IsPast(string version) => version != _current && _history.Contains(version);

    /// <summary>Reads the version from the database now (after an import, or when a query saw another one).</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        var version = await db.DataVersionAsync(ct) ?? "none";
        if (version != _current || _history.Count == 0)
        {
            _history = (await db.DataVersionHistoryAsync(ct)).ToHashSet(StringComparer.Ordinal);
        }

        Set(version);
    }

    /// <summary>Reads the version if the database answers; when it does not, the caller goes on (its query will say so).</summary>
    public async Task TryRefreshAsync(CancellationToken ct)
    {
        try
        {
            await RefreshAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            LogPollFailed(logger, e.Message);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.DataVersionPollMilliseconds));
        do
        {
            // The database away: keep serving what is cached under the last known version.
            await TryRefreshAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private void Set(string version)
    {
        var previous = Interlocked.Exchange(ref _current, version);
        if (previous != version)
        {
            cache.Clear();
            LogVersionChanged(logger, previous, version);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data version {Previous} -> {Current}: answers of the old version evicted")]
    private static partial void LogVersionChanged(ILogger logger, string previous, string current);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the data version ({Reason}); serving the last known one")]
    private static partial void LogPollFailed(ILogger logger, string reason);
}
