using Npgsql;

namespace PartyAtlas.Core.Database;

public static class PartyAtlasDatabase
{
    /// <summary>The configuration key of the connection string (env: ConnectionStrings__PartyAtlas).</summary>
    public const string ConnectionStringName = "PartyAtlas";

    /// <summary>The writer's connection string for imports (env: ConnectionStrings__PartyAtlasWriter); PartyAtlas when absent.</summary>
    public const string WriterConnectionStringName = "PartyAtlasWriter";

    /// <summary>The role every read connection switches to (created by migration 0006): it can only SELECT.</summary>
    public const string ReaderRole = "partyatlas_reader";

    /// <summary>A data source: PostGIS geometries map to NetTopologySuite types.</summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString) => Build(connectionString, null);

    /// <summary>
    /// The API's read data source: every physical connection switches to <see cref="ReaderRole"/> and gets a
    /// server-side statement timeout, so no query can write or run away.
    /// </summary>
    public static NpgsqlDataSource CreateReadOnlyDataSource(string connectionString, TimeSpan statementTimeout) =>
        Build(connectionString, (ReaderRole, statementTimeout));

    private static NpgsqlDataSource Build(string connectionString, (string Role, TimeSpan Timeout)? reader)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite();
        builder.ConnectionStringBuilder.ApplicationName ??= "PartyAtlas";
        if (reader is { } r)
        {
            var timeout = ((long)r.Timeout.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.UsePhysicalConnectionInitializer(
                connection => Initialize(connection, r.Role, timeout, CancellationToken.None).GetAwaiter().GetResult(),
                connection => Initialize(connection, r.Role, timeout, CancellationToken.None));
        }

        return builder.Build();
    }

    private static async Task Initialize(NpgsqlConnection connection, string role, string timeoutMs, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SqlFiles.Get("Queries/read_session.sql"), connection);
        command.Parameters.AddWithValue(role);
        command.Parameters.AddWithValue(timeoutMs);
        await command.ExecuteNonQueryAsync(ct);
    }
}
