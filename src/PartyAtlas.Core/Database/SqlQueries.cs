using System.Collections.Concurrent;
using Npgsql;

namespace PartyAtlas.Core.Database;

/// <summary>
/// Runs the embedded queries. Their SQL names its values (@year, @series …) and the owning query class
/// binds them by name, so nothing outside that class knows a parameter's position. Every read returns,
/// beside its answer, the data version its statement saw (recorded in <see cref="DataSnapshot"/>).
/// </summary>
public static class SqlQueries
{
    private static readonly ConcurrentDictionary<string, string> Versioned = new(StringComparer.Ordinal);

    /// <summary>A named value; null becomes SQL NULL (the SQL casts it where the type matters).</summary>
    public static NpgsqlParameter Named(string name, object? value) => new(name, value ?? DBNull.Value);

    /// <summary>The single text value a query returns (JSON built by PostGIS), or null when it returns no row.</summary>
    public static async Task<string?> TextAsync(this NpgsqlDataSource db, string sql, CancellationToken ct, params IEnumerable<NpgsqlParameter> parameters)
    {
        await using var command = Command(db, WithVersion(sql), parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        Record(reader);
        return reader.IsDBNull(0) ? null : reader.GetString(0);
    }

    /// <summary>The single bytea a query returns (a tile), empty when it returns none.</summary>
    public static async Task<byte[]> BytesAsync(this NpgsqlDataSource db, string sql, CancellationToken ct, params IEnumerable<NpgsqlParameter> parameters)
    {
        await using var command = Command(db, WithVersion(sql), parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return [];
        }

        Record(reader);
        return reader.IsDBNull(0) ? [] : reader.GetFieldValue<byte[]>(0);
    }

    /// <summary>Records the version column (the last) of the current row in the ambient <see cref="DataSnapshot"/>.</summary>
    public static void Record(NpgsqlDataReader reader)
    {
        var last = reader.FieldCount - 1;
        DataSnapshot.Record(reader.IsDBNull(last) ? "none" : reader.GetString(last));
    }

    public static NpgsqlCommand Command(NpgsqlDataSource db, string sql, IEnumerable<NpgsqlParameter> parameters)
    {
        var command = db.CreateCommand(sql);
        command.Parameters.AddRange(parameters.ToArray());
        return command;
    }

    /// <summary>The current data version (what responses and caches are keyed on), or null before the first import.</summary>
    public static async Task<string?> DataVersionAsync(this NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand(SqlFiles.Get("Database/data_version.sql"));
        return await command.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>Every data version ever imported (the 16-character form answers carry), oldest first.</summary>
    public static async Task<IReadOnlyList<string>> DataVersionHistoryAsync(this NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand(SqlFiles.Get("Database/data_version_history.sql"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var versions = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            versions.Add(reader.GetString(0));
        }

        return versions;
    }

    /// <summary>What the read connection is: a standby or the primary, how far a standby's replay is behind, and which server.</summary>
    public static async Task<ServerStatus> ServerStatusAsync(this NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand(SqlFiles.Get("Database/server_status.sql"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new ServerStatus(reader.GetBoolean(0), reader.IsDBNull(1) ? null : reader.GetDouble(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    /// <summary>
    /// The query as a subquery with one more column, last: the data version. One statement is one snapshot,
    /// so that is the version the answer was read from, even while an import commits. Made once per query.
    /// </summary>
    public static string WithVersion(string sql) => Versioned.GetOrAdd(sql, static s =>
        $"SELECT q.*, (SELECT version FROM current_data_version) AS partyatlas_data_version FROM (\n{s.TrimEnd().TrimEnd(';')}\n) q");
}
