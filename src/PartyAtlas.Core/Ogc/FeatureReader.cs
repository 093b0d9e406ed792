using System.Collections.Frozen;
using Npgsql;
using PartyAtlas.Core.Database;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Ogc;

public sealed class FeatureReader(NpgsqlDataSource dataSource)
{
    // Composed once per process, on first use; requests only bind values.
    private static readonly FrozenDictionary<string, string> ItemsSql =
        FeatureCollections.All.ToFrozenDictionary(c => c.Id, ItemsQuery.Compose, StringComparer.Ordinal);

    public async Task<FeaturePage> ReadAsync(FeatureCollectionDefinition collection, FeatureQuery query, CancellationToken ct)
    {
        await using var command = SqlQueries.Command(dataSource, WithVersion(ItemsSql[collection.Id]),
        [
            Named("min_lon", query.BBox?.MinLon), Named("min_lat", query.BBox?.MinLat), Named("max_lon", query.BBox?.MaxLon), Named("max_lat", query.BBox?.MaxLat),
            Named("from", query.From), Named("to", query.To), Named("limit", query.Limit), Named("offset", query.Offset), Named("feature_id", query.FeatureId),
            .. collection.Filters.Select((f, i) => Named(f.Name, query.FilterValues[i])),
        ]);

        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        Record(reader);
        return new FeaturePage(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2));
    }

    /// <summary>Spatial and temporal extents of every collection, as JSON keyed by collection id.</summary>
    public async Task<string> ExtentsAsync(CancellationToken ct)
    {
        return (await dataSource.TextAsync(SqlFiles.Get("Ogc/extents.sql"), ct))!;
    }
}
