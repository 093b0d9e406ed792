using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace PartyAtlas.Api.Tiles;

/// <summary>
/// Rendered tiles kept in memory, bounded by bytes (PartyAtlas:TileCacheMegabytes, default 64).
/// Keys start with the data version, so an import makes every older tile unreachable; they age out.
/// </summary>
public sealed class TileCache(IOptions<PartyAtlasOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions
    {
        TrackStatistics = true,
        SizeLimit = options.Value.TileCacheMegabytes * 1024 * 1024,
        CompactionPercentage = 0.25,
    });

    public async Task<(byte[] Tile, bool Hit)> GetOrRenderAsync(string key, Func<Task<byte[]>> render)
    {
        if (_cache.TryGetValue(key, out byte[]? tile) && tile is not null)
        {
            return (tile, true);
        }

        tile = await render();
        // An entry's size is its bytes plus a little for the key and bookkeeping.
        _cache.Set(key, tile, new MemoryCacheEntryOptions { Size = tile.Length + key.Length + 64 });
        return (tile, false);
    }

    public (long Entries, long Bytes, long Hits, long Misses) Statistics
    {
        get
        {
            var stats = _cache.GetCurrentStatistics();
            return (stats?.CurrentEntryCount ?? 0, stats?.CurrentEstimatedSize ?? 0, stats?.TotalHits ?? 0, stats?.TotalMisses ?? 0);
        }
    }

    public void Dispose() => _cache.Dispose();
}
