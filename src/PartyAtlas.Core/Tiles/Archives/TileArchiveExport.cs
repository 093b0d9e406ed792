using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Core.Tiles.Archives;

/// <summary>What to export: tile layers (countries, reach), the years of reach, and the deepest zoom.</summary>
public sealed record TileArchiveRequest(IReadOnlyList<string> Layers, int FromYear, int ToYear, int MaxZoom)
{
    public static readonly string[] Exportable = ["countries", "reach"];

    /// <summary>The archive's layers: countries as "countries"; reach once per year, as "reach_YYYY".</summary>
    public IEnumerable<(TileLayer Layer, string Name, int? Year)> ArchiveLayers() =>
        Layers.SelectMany(id => id == "reach"
            ? Enumerable.Range(FromYear, ToYear - FromYear + 1).Select(y => (TileLayers.Find(id)!, $"reach_{y}", (int?)y))
            : [(TileLayers.Find(id)!, id, (int?)null)]);
}

/// <summary>
/// Writes every tile of the requested layers, zoom 0 to the deepest, from the same tile SQL the API serves
/// (TileReader), into an archive: one MVT per tile holding a layer per archive layer (countries, reach_2014 …),
/// so a static host serves what the API would. Tiles where no layer has a feature are left out.
/// </summary>
public sealed class TileArchiveExport(NpgsqlDataSource dataSource)
{
    private readonly TileReader _tiles = new(dataSource);

    public async Task<(int Tiles, string Version)> WriteAsync(TileArchiveRequest request, ITileArchive archive, Action<int, int>? progress, CancellationToken ct)
    {
        var version = await dataSource.DataVersionAsync(ct) ?? "none";
        var addresses = Enumerable.Range(0, request.MaxZoom + 1)
            .SelectMany(z => from x in Enumerable.Range(0, 1 << z) from y in Enumerable.Range(0, 1 << z) select new TileAddress(z, x, y))
            .ToArray();
        var layers = request.ArchiveLayers().ToArray();
        int done = 0, written = 0;
        await Parallel.ForEachAsync(addresses, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (tile, token) =>
        {
            var parts = new List<byte[]>();
            foreach (var (layer, name, year) in layers)
            {
                var filters = year is { } y
                    ? new Dictionary<string, object?> { ["year"] = y, ["series"] = null, ["evidence"] = null }
                    : new Dictionary<string, object?>();
                var bytes = await _tiles.ReadAsync(layer, tile, filters, token, name);
                if (bytes.Length == 0 && layer.Id == "countries")
                {
                    break; // no country here: no reach either (reach draws countries)
                }

                parts.Add(bytes);
            }

            // An MVT is a sequence of layer messages: the layers' tiles side by side are one tile with all of them.
            if (parts.Sum(p => p.Length) > 0)
            {
                await archive.AddAsync(tile.Z, tile.X, tile.Y, [.. parts.SelectMany(p => p)], token);
                Interlocked.Increment(ref written);
            }

            progress?.Invoke(Interlocked.Increment(ref done), addresses.Length);
        });

        await archive.FinishAsync(new TileArchiveMetadata(
            "PartyAtlas", $"Documented reach of the CPC's multilateral party dialogues, data version {version}: {string.Join(", ", layers.Select(l => l.Name))}. Every list is partial.",
            "Natural Earth (public domain); participation evidence: PartyAtlas, with sources per row", version, 0, request.MaxZoom,
            [.. layers.Select(l => new ArchiveLayer(l.Name, l.Layer.Description, 0, request.MaxZoom, l.Layer.Fields))]), ct);
        return (written, version);
    }
}
