using Npgsql;

namespace PartyAtlas.Core.Database;

public static class PartyAtlasDatabase
{
    /// <summary>The configuration key of the connection string (env: ConnectionStrings__PartyAtlas).</summary>
    public const string ConnectionStringName = "PartyAtlas";

    /// <summary>
    /// The read connection string (env: ConnectionStrings__PartyAtlasRead): optional, e.g. streaming replicas
    /// as Npgsql multi-host ("Host=replica1,replica2,primary;Target Session Attributes=prefer-standby;Load Balance
    /// Hosts=true"). Every read uses it; migrations and imports use <see cref="ConnectionStringName"/>, the primary.
    /// </summary>
    public const string ReadConnectionStringName = "PartyAtlasRead";

    /// <summary>The writer's connection string for imports (env: ConnectionStrings__PartyAtlasWriter); PartyAtlas when absent.</summary>
    public const string WriterConnectionStringName = "PartyAtlasWriter";

    /// <summary>The role every read connection switches to (created by migration 0006): it can only SELECT.</summary>
    public const string ReaderRole = "partyatlas_reader";

    /// <summary>A data source: PostGIS geometries map to NetTopologySuite types.</summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString) => Build(connectionString, null, null);

    /// <summary>The import's data source: a pool of at most <paramref name="maxConnections"/> (an import holds one).</summary>
    public static NpgsqlDataSource CreateWriterDataSource(string connectionString, int maxConnections) =>
        Build(connectionString, null, maxConnections);

    /// <summary>
    /// The API's read data source: every physical connection switches to <see cref="ReaderRole"/> and gets a
    /// server-side statement timeout, so no query can write or run away.
    /// </summary>
    /// <remarks>
    /// The pool holds at most <paramref name="maxConnections"/> (unless the connection string sets Maximum Pool
    /// Size itself): well below the server's max_connections, so imports, migrations and an operator still get in
    /// while every reader is busy; requests beyond it wait for a connection.
    /// </remarks>
    public static NpgsqlDataSource CreateReadOnlyDataSource(string connectionString, TimeSpan statementTimeout, int maxConnections = 20) =>
        Build(connectionString, (ReaderRole, statementTimeout), maxConnections);

    private static NpgsqlDataSource Build(string connectionString, (string Role, TimeSpan Timeout)? reader, int? maxConnections)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var explicitPool = new NpgsqlConnectionStringBuilder(connectionString).ContainsKey("Maximum Pool Size")
            || connectionString.Contains("Max Pool Size", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("MaxPoolSize", StringComparison.OrdinalIgnoreCase);
        if (maxConnections is { } max && !explicitPool)
        {
            builder.ConnectionStringBuilder.MaxPoolSize = max;
        }

        builder.UseNetTopologySuite();
        // Named apart, so pg_stat_activity tells the read pool from imports.
        builder.ConnectionStringBuilder.ApplicationName ??= reader is null ? "PartyAtlas" : "PartyAtlas-read";
        // The pool's name in metrics: never the connection string (it may hold a password).
        builder.Name = reader is null ? "partyatlas" : "partyatlas-read";
        if (reader is { } r)
        {
            // Startup options, not SET: they are the session's defaults, so they survive the
            // DISCARD ALL that Npgsql runs when a pooled connection is reused (and RESET ROLE).
            var ms = ((long)Math.Max(1, r.Timeout.TotalMilliseconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.ConnectionStringBuilder.Options = $"{builder.ConnectionStringBuilder.Options} -c role={r.Role} -c statement_timeout={ms}".Trim();
        }

        return builder.Build();
    }
}
