using Npgsql;
using PartyAtlas.Core.Database;

namespace PartyAtlas.Core.Queries;

/// <summary>
/// Runs one of the embedded queries that build their JSON (GeoJSON included) inside
/// PostGIS and return it as a single text value, ready to stream to the client.
/// </summary>
public sealed class JsonQuery(NpgsqlDataSource dataSource)
{
    /// <summary>Runs a query that answers one boolean.</summary>
    public async Task<bool> ExistsAsync(string sqlFile, CancellationToken ct, params object?[] values)
    {
        await using var command = Command(sqlFile, values);
        return await command.ExecuteScalarAsync(ct) is true;
    }

    /// <returns>The JSON text, or null when the query returned no row (e.g. an unknown id).</returns>
    public async Task<string?> TextAsync(string sqlFile, CancellationToken ct, params object?[] values)
    {
        await using var command = Command(sqlFile, values);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private NpgsqlCommand Command(string sqlFile, object?[] values)
    {
        var command = dataSource.CreateCommand(SqlFiles.Get($"Queries/{sqlFile}.sql"));
        command.Parameters.AddValues(values);

        return command;
    }
}
