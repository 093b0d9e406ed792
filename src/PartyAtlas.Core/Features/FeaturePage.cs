using Npgsql;
using PartyAtlas.Core.Database;

namespace PartyAtlas.Core.Features;

/// <summary>What an items request asks for, already validated.</summary>
public sealed record FeatureQuery(
    double[]? BBox, DateTime? From, DateTime? To, int Limit, int Offset, string? FeatureId, IReadOnlyList<object?> FilterValues);

/// <summary>One page of features: exact counts and the features array as GeoJSON text built by PostGIS.</summary>
public sealed record FeaturePage(long NumberMatched, long NumberReturned, string FeaturesJson);

public sealed class FeatureReader(NpgsqlDataSource dataSource)
{
    public async Task<FeaturePage> ReadAsync(FeatureCollectionDefinition collection, FeatureQuery query, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlFiles.Get($"Queries/{collection.ItemsSql}.sql"));
        object?[] values =
        [
            query.BBox?[0], query.BBox?[1], query.BBox?[2], query.BBox?[3],
            query.From, query.To, query.Limit, query.Offset, query.FeatureId, .. query.FilterValues,
        ];
        command.Parameters.AddValues(values);

        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new FeaturePage(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2));
    }

    /// <summary>Spatial and temporal extents of every collection, as JSON keyed by collection id.</summary>
    public async Task<string> ExtentsAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlFiles.Get("Queries/Ogc/extents.sql"));
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }
}
