using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PartyAtlas.Api.Platform.Options;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// Every data answer (GeoJSON, OGC pages, analytics JSON and CSV, TileJSON, styles, tiles) as served,
/// keyed on the data version and the normalised request, bounded in bytes
/// (PartyAtlas:ResponseCacheMegabytes, default 128; 0 turns it off) and emptied when the data version
/// changes. Counts hits, misses, bytes and evictions per kind of answer for /metrics.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    // What an entry costs beyond its bytes: the key, the entry object and the cache's bookkeeping.
    private const int Overhead = 256;

    private readonly MemoryCache? _cache;
    private readonly ConcurrentDictionary<string, KindStatistics> _kinds = new(StringComparer.Ordinal);

    // Large Brotli variants waiting for their best-level pass: one at a time, in the background, and
    // dropped rather than queued without bound when many arrive at once.
    private readonly Channel<(string Key, CachedResponse Entry)> _improve =
        Channel.CreateBounded<(string, CachedResponse)>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();

    public ResponseCache(IOptions<PartyAtlasOptions> options)
    {
        var megabytes = options.Value.ResponseCacheMegabytes;
        _cache = megabytes == 0 ? null : new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = megabytes * 1024 * 1024,
            CompactionPercentage = 0.25,
        });
        if (_cache is not null)
        {
            _ = Task.Run(ImproveAsync);
        }
    }

    public bool Enabled => _cache is not null;

    internal CachedResponse? Find(string key, string kind)
    {
        var stats = Stats(kind);
        if (_cache?.TryGetValue(key, out CachedResponse? entry) == true && entry is not null)
        {
            Interlocked.Increment(ref stats.Hits);
            return entry;
        }

        Interlocked.Increment(ref stats.Misses);
        return null;
    }

    /// <summary>Keeps (or, after a compressed variant was made, re-weighs) an entry.</summary>
    internal void Store(string key, CachedResponse entry)
    {
        if (_cache is null)
        {
            return;
        }

        var size = entry.Bytes + key.Length * 2 + Overhead;
        var stats = Stats(entry.Kind);
        Interlocked.Add(ref stats.Bytes, size);
        var options = new MemoryCacheEntryOptions { Size = size }
            .RegisterPostEvictionCallback(static (_, _, reason, state) =>
            {
                var (stats, size) = ((KindStatistics, long))state!;
                Interlocked.Add(ref stats.Bytes, -size);
                if (reason is EvictionReason.Capacity or EvictionReason.Removed)
                {
                    Interlocked.Increment(ref stats.Evictions);
                }
            }, (stats, size));
        _cache.Set(key, entry, options);
    }

    /// <summary>Asks for the best-level Brotli pass of a kept entry (done later, by one background worker).</summary>
    internal void ImproveLater(string key, CachedResponse entry)
    {
        if (_cache is not null && entry.Improvable)
        {
            _improve.Writer.TryWrite((key, entry));
        }
    }

    private async Task ImproveAsync()
    {
        try
        {
            await foreach (var (key, entry) in _improve.Reader.ReadAllAsync(_stopping.Token))
            {
                // Only entries still held (not evicted by an import or by size) are worth the work.
                if (entry.Improvable && _cache!.TryGetValue(key, out CachedResponse? held) && ReferenceEquals(held, entry))
                {
                    entry.Improve();
                    Store(key, entry);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // Shutting down.
        }
    }

    /// <summary>Empties the cache: the data version changed, so no entry is current.</summary>
    public void Clear() => _cache?.Clear();

    public IReadOnlyDictionary<string, KindStatistics> Kinds => _kinds;

    private KindStatistics Stats(string kind) => _kinds.GetOrAdd(kind, static _ => new KindStatistics());

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _cache?.Dispose();
    }

    /// <summary>Counters of one kind of answer since start; Bytes is what the kind holds now.</summary>
    public sealed class KindStatistics
    {
        public long Hits;
        public long Misses;
        public long Evictions;
        public long Bytes;
    }
}
