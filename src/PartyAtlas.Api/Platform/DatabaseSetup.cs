using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Features;
using PartyAtlas.Core.Tiles;
using PartyAtlas.Core.Queries;

namespace PartyAtlas.Api.Platform;

/// <summary>The data source that may write: used by the HTTP import only.</summary>
public sealed record WriterDataSource(NpgsqlDataSource DataSource);

internal static class DatabaseSetup
{
    private static string ConnectionString(IConfiguration configuration, string name)
    {
        var connectionString = configuration.GetConnectionString(name);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"No connection string: set ConnectionStrings__{name} (or use ./scripts/run, which provisions one).")
            : connectionString;
    }

    public static void AddPartyAtlasDatabase(this WebApplicationBuilder builder)
    {
        // Read lazily, so a test host's configuration override is seen.
        builder.Services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var timeout = TimeSpan.FromSeconds(configuration.GetValue<double?>("PartyAtlas:StatementTimeoutSeconds") ?? 15);
            return PartyAtlasDatabase.CreateReadOnlyDataSource(ConnectionString(configuration, PartyAtlasDatabase.ConnectionStringName), timeout);
        });
        // Imports write through the writer's own login (ConnectionStrings:PartyAtlasWriter, else PartyAtlas).
        builder.Services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var writer = configuration.GetConnectionString(PartyAtlasDatabase.WriterConnectionStringName);
            return new WriterDataSource(PartyAtlasDatabase.CreateDataSource(
                string.IsNullOrWhiteSpace(writer) ? ConnectionString(configuration, PartyAtlasDatabase.ConnectionStringName) : writer));
        });
        builder.Services.AddSingleton(sp => new JsonQuery(sp.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddSingleton(sp => new FeatureReader(sp.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddSingleton(sp => new TileReader(sp.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddSingleton(sp => new Tiles.StyleEndpoint.LatestYear(sp.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddSingleton<Tiles.TileCache>();
        builder.Services.AddSingleton<Admin.ApiKeys>();
    }
}
