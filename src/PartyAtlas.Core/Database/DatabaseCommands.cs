using Npgsql;

namespace PartyAtlas.Core.Database;

public static class DatabaseCommands
{
    /// <summary>Binds positional values ($1, $2, …) in order; null becomes SQL NULL.</summary>
    public static void AddValues(this NpgsqlParameterCollection parameters, IEnumerable<object?> values)
    {
        foreach (var value in values)
        {
            parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
    }

    /// <summary>The current data version (what responses and caches are keyed on), or null before the first import.</summary>
    public static async Task<string?> DataVersionAsync(this NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlFiles.Get("Queries/data_version.sql"));
        return await command.ExecuteScalarAsync(ct) as string;
    }
}
