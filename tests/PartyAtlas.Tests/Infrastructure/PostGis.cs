using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Import;
using Testcontainers.PostgreSql;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>
/// The one PostGIS server the whole test run shares. Its address comes from
/// PARTYATLAS_TEST_POSTGRES (set by ./scripts/test after it starts a private cluster);
/// without it, Testcontainers starts postgis/postgis where Docker exists. Never a mock.
/// A template database holds the migrated schema and the shipped geodata, so each test
/// that writes gets its own copy in a fraction of a second.
/// </summary>
public sealed class PostGis
{
    public const string EnvironmentVariable = "PARTYATLAS_TEST_POSTGRES";
    private const string TemplateName = "partyatlas_template";
    private const string EmptyTemplateName = "partyatlas_template_empty";

    private static readonly Lazy<Task<PostGis>> Shared = new(StartAsync);
    private static int _counter;

    private PostGis(string adminConnectionString) => AdminConnectionString = adminConnectionString;

    /// <summary>Connects to the server's maintenance database as a superuser.</summary>
    public string AdminConnectionString { get; }

    public static Task<PostGis> GetAsync() => Shared.Value;

    /// <summary>A fresh database: migrated and loaded with geodata/ (or only migrated, when <paramref name="withData"/> is false).</summary>
    public async Task<TestDatabase> CreateDatabaseAsync(bool withData = true)
    {
        var name = $"pa_test_{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}";
        await ExecuteAdminAsync($"CREATE DATABASE {name} TEMPLATE {(withData ? TemplateName : EmptyTemplateName)}");
        return new TestDatabase(this, name, ConnectionStringFor(name));
    }

    internal string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    internal async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        // Identifiers only: test database names made above, never input.
#pragma warning disable CA2100
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostGis> StartAsync()
    {
        var server = new PostGis(await FindServerAsync());
        await server.BuildTemplatesAsync();
        return server;
    }

    private static async Task<string> FindServerAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        try
        {
            var container = new PostgreSqlBuilder("postgis/postgis:15-3.4").Build();
            await container.StartAsync();
            return new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = "postgres" }.ConnectionString;
        }
        catch (Exception e) // DockerUnavailableException, or the Docker client failing in its own ways
        {
            throw new InvalidOperationException(
                $"No PostGIS for the tests: run ./scripts/test (it starts a private PostGIS and sets {EnvironmentVariable}), " +
                $"set {EnvironmentVariable} to a PostGIS 3 server's connection string, or start Docker for Testcontainers. ({e.Message})", e);
        }
    }

    private async Task BuildTemplatesAsync()
    {
        foreach (var name in new[] { TemplateName, EmptyTemplateName })
        {
            await ExecuteAdminAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            await ExecuteAdminAsync($"CREATE DATABASE {name}");
            await using var dataSource = PartyAtlasDatabase.CreateDataSource(ConnectionStringFor(name));
            await Migrator.MigrateAsync(dataSource, CancellationToken.None);
            if (name == TemplateName)
            {
                var result = await GeodataImporter.ImportAsync(dataSource, Repository.Geodata, dryRun: false, CancellationToken.None);
                if (result.Outcome != ImportOutcome.Imported)
                {
                    throw new InvalidOperationException($"The shipped geodata did not import: {string.Join("; ", result.Problems.Take(20))}");
                }
            }
        }

        // A template must have no open connections when it is copied.
        NpgsqlConnection.ClearAllPools();
    }
}

/// <summary>A database of one test (or one test class); dropped on dispose.</summary>
public sealed class TestDatabase(PostGis server, string name, string connectionString) : IAsyncDisposable
{
    public string Name => name;

    public string ConnectionString => connectionString;

    public NpgsqlDataSource CreateDataSource() => PartyAtlasDatabase.CreateDataSource(connectionString);

    public async ValueTask DisposeAsync()
    {
        await server.ExecuteAdminAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }
}
