using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Parameters;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Tiles;

/// <summary>Renders tiles in PostGIS (ST_AsMVT): an area without features is an empty tile.</summary>
public sealed class TileReader(NpgsqlDataSource dataSource)
{
    /// <param name="filters">The layer's filter values by name (year, series, evidence, dialogue); null for "any".</param>
    public Task<byte[]> ReadAsync(TileLayer layer, TileAddress tile, IReadOnlyDictionary<string, object?> filters, CancellationToken ct) =>
        dataSource.BytesAsync(layer.Sql, ct,
            [Named("z", tile.Z), Named("x", tile.X), Named("y", tile.Y), .. filters.Select(f => Named(f.Key, f.Value))]);
}
