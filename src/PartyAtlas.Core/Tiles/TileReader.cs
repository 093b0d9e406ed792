using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Parameters;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Tiles;

/// <summary>Renders tiles in PostGIS (ST_AsMVT): an area without features is an empty tile.</summary>
public sealed class TileReader(NpgsqlDataSource dataSource)
{
    /// <param name="filters">The layer's filter values by name (year, series, evidence, dialogue); null for "any".</param>
    /// <param name="layerName">The layer's name inside the tile: the layer's id, or another (an archive names each year's reach apart).</param>
    public Task<byte[]> ReadAsync(TileLayer layer, TileAddress tile, IReadOnlyDictionary<string, object?> filters, CancellationToken ct, string? layerName = null) =>
        dataSource.BytesAsync(layer.Sql, ct,
            [Named("z", tile.Z), Named("x", tile.X), Named("y", tile.Y), Named("layer_name", layerName ?? layer.Id), .. filters.Select(f => Named(f.Key, f.Value))]);
}
