using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Features;
using PartyAtlas.Core.Tiles;
using PartyAtlas.Core.Queries;

namespace PartyAtlas.Api.Infrastructure;

internal static class DatabaseSetup
{
    public static void AddPartyAtlasDatabase(this WebApplicationBuilder builder)
    {
        // Read lazily, so a test host's configuration override is seen.
        builder.Services.AddSingleton(sp =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString(PartyAtlasDatabase.ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"No connection string: set ConnectionStrings__{PartyAtlasDatabase.ConnectionStringName} (or use ./scripts/run, which provisions one).");
            }

            return PartyAtlasDatabase.CreateDataSource(connectionString);
        });
        builder.Services.AddSingleton(sp => new JsonQuery(sp.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddSingleton(sp => new FeatureReader(sp.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddSingleton(sp => new TileReader(sp.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddSingleton(sp => new Tiles.StyleEndpoint.LatestYear(sp.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddSingleton<Tiles.TileCache>();
    }
}
