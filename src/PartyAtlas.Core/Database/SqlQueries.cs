using Npgsql;

namespace PartyAtlas.Core.Database;

/// <summary>
/// Runs the embedded queries. Their SQL names its values (@year, @series …) and the owning query class
/// binds them by name, so nothing outside that class knows a parameter's position.
/// </summary>
public static class SqlQueries
{
    /// <summary>A named value; null becomes SQL NULL (the SQL casts it where the type matters).</summary>
    public static NpgsqlParameter Named(string name, object? value) => new(name, value ?? DBNull.Value);

    /// <summary>The single text value a query returns (JSON built by PostGIS), or null when it returns no row.</summary>
    public static async Task<string?> TextAsync(this NpgsqlDataSource db, string sql, CancellationToken ct, params IEnumerable<NpgsqlParameter> parameters)
    {
        await using var command = Command(db, sql, parameters);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>The single bytea a query returns (a tile), empty when it returns none.</summary>
    public static async Task<byte[]> BytesAsync(this NpgsqlDataSource db, string sql, CancellationToken ct, params IEnumerable<NpgsqlParameter> parameters)
    {
        await using var command = Command(db, sql, parameters);
        return await command.ExecuteScalarAsync(ct) as byte[] ?? [];
    }

    public static NpgsqlCommand Command(NpgsqlDataSource db, string sql, IEnumerable<NpgsqlParameter> parameters)
    {
        var command = db.CreateCommand(sql);
        command.Parameters.AddRange(parameters.ToArray());
        return command;
    }

    /// <summary>The current data version (what responses and caches are keyed on), or null before the first import.</summary>
    public static Task<string?> DataVersionAsync(this NpgsqlDataSource db, CancellationToken ct) =>
        db.TextAsync(SqlFiles.Get("Database/data_version.sql"), ct);
}
