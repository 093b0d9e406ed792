using Npgsql;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>Reads a database back for assertions: a fingerprint of every table, and single values.</summary>
public static class DatabaseState
{
    private static readonly string[] Tables =
    [
        "countries", "data_versions", "sources", "dialogues", "dialogue_sources", "official_counts",
        "participations", "participation_sources", "region_groups", "region_group_members", "dialogue_scopes",
        "parties", "party_sources", "party_affiliations",
    ];

    /// <summary>Row count and content hash of every dataset table: equal fingerprints mean nothing changed.</summary>
    public static async Task<string> FingerprintAsync(string connectionString)
    {
        var sql = string.Join(" UNION ALL ", Tables.Select(t =>
            $"SELECT '{t}' AS t, count(*) AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM {t} x"));
        var parts = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // table names from the fixed list above
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            parts.Add($"{reader.GetString(0)}={reader.GetInt64(1)}:{reader.GetString(2)}");
        }

        return string.Join(" ", parts);
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // test SQL, values passed as parameters
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<List<string>> ColumnAsync(string connectionString, string sql, params object[] parameters)
    {
        var values = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // test SQL, values passed as parameters
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0).ToString()!);
        }

        return values;
    }
}
