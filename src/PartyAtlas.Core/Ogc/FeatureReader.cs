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

    // One composition per collection and sort order asked for: a few hundred at most (queryables × directions, ≤ 3 terms).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> SortedSql = new(StringComparer.Ordinal);

    private readonly GeometryStore _geometries = new(dataSource);

    public async Task<FeaturePage> ReadAsync(FeatureCollectionDefinition collection, FeatureQuery query, CancellationToken ct)
    {
        // A filter's condition differs per request: composed each time (string work; every value stays a parameter).
        var sql = query.Filter is { } filter ? ItemsQuery.Compose(collection, query.SortBy, filter.Sql)
            : query.SortBy.Count == 0 ? ItemsSql[collection.Id]
            : SortedSql.GetOrAdd($"{collection.Id}|{string.Join(',', query.SortBy.Select(k => (k.Descending ? "-" : "+") + k.Column))}",
                _ => ItemsQuery.Compose(collection, query.SortBy, null));
        await using var command = SqlQueries.Command(dataSource, WithVersion(sql),
        [
            Named("min_lon", query.BBox?.MinLon), Named("min_lat", query.BBox?.MinLat), Named("max_lon", query.BBox?.MaxLon), Named("max_lat", query.BBox?.MaxLat),
            Named("from", query.From), Named("to", query.To), Named("limit", query.Limit), Named("offset", query.Offset), Named("feature_id", query.FeatureId),
            Named("properties", query.Properties?.ToArray()), Named("crs", query.Crs),
            .. collection.Filters.Select((f, i) => Named(f.Name, query.FilterValues[i])),
            .. query.Filter?.Parameters.Select(p => Named(p.Key, p.Value)) ?? [],
        ]);

        // The page's rows first (small: ids, keys, properties), then the geometries they name.
        var rows = new List<(string Id, string? Key, string? Geometry, string Properties)>();
        long matched = 0;
        string version = "none";
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                Record(reader);
                matched = reader.GetInt64(0);
                version = reader.GetString(reader.FieldCount - 1);
                if (!reader.IsDBNull(1))
                {
                    rows.Add((reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                        reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4)));
                }
            }
        }

        var geometries = rows.Any(r => r.Key is not null) ? await _geometries.ForVersionAsync(version, ct) : null;
        return new FeaturePage(matched, rows.Count, FeatureArray.Write(rows, geometries));
    }

    /// <summary>Spatial and temporal extents of every collection, as JSON keyed by collection id.</summary>
    public async Task<string> ExtentsAsync(CancellationToken ct)
    {
        return (await dataSource.TextAsync(SqlFiles.Get("Ogc/extents.sql"), ct))!;
    }
}
