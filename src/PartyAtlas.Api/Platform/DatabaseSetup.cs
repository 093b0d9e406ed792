using Microsoft.Extensions.Options;
using Npgsql;
using PartyAtlas.Core.Countries;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Dialogues;
using PartyAtlas.Core.Ogc;
using PartyAtlas.Core.Parties;
using PartyAtlas.Core.Reach;
using PartyAtlas.Core.Sources;
using PartyAtlas.Core.Tiles;

namespace PartyAtlas.Api.Platform;

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
            var options = sp.GetRequiredService<IOptions<PartyAtlasOptions>>().Value;
            // Reads go to ConnectionStrings:PartyAtlasRead (replicas, Npgsql multi-host) when set, else to the primary.
            var read = configuration.GetConnectionString(PartyAtlasDatabase.ReadConnectionStringName);
            return PartyAtlasDatabase.CreateReadOnlyDataSource(
                string.IsNullOrWhiteSpace(read) ? ConnectionString(configuration, PartyAtlasDatabase.ConnectionStringName) : read,
                TimeSpan.FromSeconds(options.StatementTimeoutSeconds), options.ReadPoolMaxConnections);
        });
        // Imports write through the writer's own login (ConnectionStrings:PartyAtlasWriter, else PartyAtlas), on the primary.
        builder.Services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var writer = configuration.GetConnectionString(PartyAtlasDatabase.WriterConnectionStringName);
            return new WriterDataSource(PartyAtlasDatabase.CreateWriterDataSource(
                string.IsNullOrWhiteSpace(writer) ? ConnectionString(configuration, PartyAtlasDatabase.ConnectionStringName) : writer, maxConnections: 2));
        });
        // The named Core queries of each slice, all over the read data source.
        builder.Services.AddSingleton<CountryQueries>();
        builder.Services.AddSingleton<DialogueQueries>();
        builder.Services.AddSingleton<SourceQueries>();
        builder.Services.AddSingleton<PartyQueries>();
        builder.Services.AddSingleton<ReachQueries>();
        builder.Services.AddSingleton<Core.Maps.MapQueries>();
        builder.Services.AddSingleton(sp => new FeatureReader(sp.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddSingleton(sp => new TileReader(sp.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddSingleton<Admin.ApiKeys>();
    }
}
