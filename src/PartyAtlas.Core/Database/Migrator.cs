using System.Text.RegularExpressions;
using Npgsql;

namespace PartyAtlas.Core.Database;

/// <summary>
/// Applies the numbered scripts in Sql/Schema in order, each in its own transaction,
/// and records them in schema_migrations so running twice changes nothing.
/// </summary>
public static partial class Migrator
{
    // Any constant works; it only has to be the same for every PartyAtlas process.
    private const long AdvisoryLockKey = 0x5041_5254_5941_544C; // "PARTYATL"

    public sealed record Migration(int Version, string Name, string Sql);

    public static IReadOnlyList<Migration> All { get; } = SqlFiles.Under("Schema")
        .Select(f => (Match: MigrationName().Match(f.Key), f.Value))
        .Select(f => new Migration(int.Parse(f.Match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), f.Match.Groups[2].Value, f.Value))
        .OrderBy(m => m.Version)
        .ToArray();

    /// <summary>Returns the migrations applied by this call (empty when already up to date).</summary>
    public static async Task<IReadOnlyList<Migration>> MigrateAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // Two processes starting together must not both apply 0001.
        await using (var lockCmd = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection))
        {
            lockCmd.Parameters.AddWithValue(AdvisoryLockKey);
            await lockCmd.ExecuteNonQueryAsync(ct);
        }

        try
        {
            await using (var create = SqlFiles.Command("Migrations/create_table.sql", connection))
            {
                await create.ExecuteNonQueryAsync(ct);
            }

            var applied = new HashSet<int>();
            await using (var list = new NpgsqlCommand("SELECT version FROM schema_migrations", connection))
            await using (var reader = await list.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    applied.Add(reader.GetInt32(0));
                }
            }

            var done = new List<Migration>();
            foreach (var migration in All.Where(m => !applied.Contains(m.Version)))
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
                await using (var apply = SqlFiles.Command($"Schema/{migration.Version:D4}_{migration.Name}.sql", connection, tx))
                {
                    await apply.ExecuteNonQueryAsync(ct);
                }

                await using (var record = SqlFiles.Command("Migrations/record.sql", connection, tx))
                {
                    record.Parameters.AddWithValue(migration.Version);
                    record.Parameters.AddWithValue(migration.Name);
                    await record.ExecuteNonQueryAsync(ct);
                }

                await tx.CommitAsync(ct);
                done.Add(migration);
            }

            // Types created by a migration (postgis) must be known to this data source's connections.
            if (done.Count > 0)
            {
                await connection.ReloadTypesAsync(ct);
            }

            return done;
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            unlock.Parameters.AddWithValue(AdvisoryLockKey);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    [GeneratedRegex(@"^Schema/(\d{4})_([a-z0-9_]+)\.sql$")]
    private static partial Regex MigrationName();
}
