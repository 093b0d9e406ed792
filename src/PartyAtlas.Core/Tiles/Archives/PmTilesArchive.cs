using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PartyAtlas.Core.Tiles.Archives;

/// <summary>
/// A PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): one file any static
/// host or object store serves with HTTP range requests, read by MapLibre through the `pmtiles` package.
/// Tiles are gzipped MVT, addressed by Hilbert tile id, written in id order (clustered), identical contents
/// stored once; directories and metadata gzipped; leaf directories when the root would not fit in 16 KiB.
/// </summary>
public sealed class PmTilesArchive(string path) : ITileArchive
{
    private const int HeaderLength = 127;
    private const int RootLimit = 16_384 - HeaderLength;
    private const byte Gzipped = 2;
    private const byte Mvt = 1;

    private readonly SortedDictionary<ulong, byte[]> _tiles = [];

    public Task AddAsync(int z, int x, int y, byte[] mvt, CancellationToken ct)
    {
        lock (_tiles)
        {
            _tiles[TileId(z, x, y)] = mvt;
        }

        return Task.CompletedTask;
    }

    public async Task FinishAsync(TileArchiveMetadata metadata, CancellationToken ct)
    {
        // Tile data in id order; a content seen before is referenced, consecutive ids of one content make a run.
        var data = new MemoryStream();
        var offsets = new Dictionary<string, (ulong Offset, uint Length)>(StringComparer.Ordinal);
        var entries = new List<Entry>();
        foreach (var (id, mvt) in _tiles)
        {
            var hash = Convert.ToHexString(SHA256.HashData(mvt));
            if (!offsets.TryGetValue(hash, out var stored))
            {
                var gzipped = Gzip.Compress(mvt);
                stored = ((ulong)data.Length, (uint)gzipped.Length);
                data.Write(gzipped);
                offsets[hash] = stored;
            }

            if (entries.Count > 0 && entries[^1] is var last && last.TileId + last.RunLength == id && last.Offset == stored.Offset)
            {
                entries[^1] = last with { RunLength = last.RunLength + 1 };
            }
            else
            {
                entries.Add(new Entry(id, stored.Offset, stored.Length, 1));
            }
        }

        var (root, leaves) = Directories(entries);
        var json = Gzip.Compress(JsonSerializer.SerializeToUtf8Bytes(new
        {
            name = metadata.Name,
            description = metadata.Description,
            attribution = metadata.Attribution,
            version = metadata.Version,
            type = "overlay",
            vector_layers = metadata.Layers.Select(l => new { id = l.Id, description = l.Description, minzoom = l.MinZoom, maxzoom = l.MaxZoom, fields = l.Fields }),
        }));

        var header = new byte[HeaderLength];
        Encoding.ASCII.GetBytes("PMTiles").CopyTo(header, 0);
        header[7] = 3;
        var rootOffset = (ulong)HeaderLength;
        var metadataOffset = rootOffset + (ulong)root.Length;
        var leavesOffset = metadataOffset + (ulong)json.Length;
        var dataOffset = leavesOffset + (ulong)leaves.Length;
        void U64(int at, ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(at), value);
        void I32(int at, double degrees) => BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(at), (int)Math.Round(degrees * 10_000_000));
        U64(8, rootOffset);
        U64(16, (ulong)root.Length);
        U64(24, metadataOffset);
        U64(32, (ulong)json.Length);
        U64(40, leavesOffset);
        U64(48, (ulong)leaves.Length);
        U64(56, dataOffset);
        U64(64, (ulong)data.Length);
        U64(72, (ulong)entries.Sum(e => (long)e.RunLength));
        U64(80, (ulong)entries.Count);
        U64(88, (ulong)offsets.Count);
        header[96] = 1; // clustered
        header[97] = Gzipped; // internal compression
        header[98] = Gzipped; // tile compression
        header[99] = Mvt;
        header[100] = (byte)metadata.MinZoom;
        header[101] = (byte)metadata.MaxZoom;
        I32(102, -180);
        I32(106, -85.05112878);
        I32(110, 180);
        I32(114, 85.05112878);
        header[118] = 1;
        I32(119, 30);
        I32(123, 20);

        await using var file = File.Create(path);
        await file.WriteAsync(header, ct);
        await file.WriteAsync(root, ct);
        await file.WriteAsync(json, ct);
        await file.WriteAsync(leaves, ct);
        data.Position = 0;
        await data.CopyToAsync(file, ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed record Entry(ulong TileId, ulong Offset, uint Length, uint RunLength);

    // The root directory alone when it fits; otherwise leaves of equal size, with the root pointing at them (run length 0).
    private static (byte[] Root, byte[] Leaves) Directories(IReadOnlyList<Entry> entries)
    {
        var root = Gzip.Compress(Serialize(entries));
        if (root.Length <= RootLimit)
        {
            return (root, []);
        }

        for (var size = 4096; ; size *= 2)
        {
            var leaves = new MemoryStream();
            var pointers = new List<Entry>();
            foreach (var chunk in entries.Chunk(size))
            {
                var leaf = Gzip.Compress(Serialize(chunk));
                pointers.Add(new Entry(chunk[0].TileId, (ulong)leaves.Length, (uint)leaf.Length, 0));
                leaves.Write(leaf);
            }

            root = Gzip.Compress(Serialize(pointers));
            if (root.Length <= RootLimit)
            {
                return (root, leaves.ToArray());
            }
        }
    }

    private static byte[] Serialize(IReadOnlyList<Entry> entries)
    {
        var buffer = new MemoryStream();
        Varint(buffer, (ulong)entries.Count);
        ulong previous = 0;
        foreach (var e in entries)
        {
            Varint(buffer, e.TileId - previous);
            previous = e.TileId;
        }

        foreach (var e in entries)
        {
            Varint(buffer, e.RunLength);
        }

        foreach (var e in entries)
        {
            Varint(buffer, e.Length);
        }

        for (var i = 0; i < entries.Count; i++)
        {
            // 0: right after the previous entry's bytes; otherwise the offset plus one.
            var contiguous = i > 0 && entries[i].Offset == entries[i - 1].Offset + entries[i - 1].Length;
            Varint(buffer, contiguous ? 0 : entries[i].Offset + 1);
        }

        return buffer.ToArray();
    }

    private static void Varint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    /// <summary>The tile id: the tiles of every lower zoom, then the position along the zoom's Hilbert curve.</summary>
    public static ulong TileId(int z, int x, int y)
    {
        var id = ((1UL << (2 * z)) - 1) / 3;
        var n = 1L << z;
        long tx = x, ty = y;
        for (var s = n / 2; s > 0; s /= 2)
        {
            var rx = (tx & s) > 0 ? 1L : 0L;
            var ry = (ty & s) > 0 ? 1L : 0L;
            id += (ulong)(s * s * ((3 * rx) ^ ry));
            if (ry == 0)
            {
                if (rx == 1)
                {
                    (tx, ty) = (s - 1 - tx, s - 1 - ty);
                }

                (tx, ty) = (ty, tx);
            }
        }

        return id;
    }
}
