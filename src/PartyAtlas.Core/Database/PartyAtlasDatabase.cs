using Npgsql;

namespace PartyAtlas.Core.Database;

public static class PartyAtlasDatabase
{
    /// <summary>The configuration key of the connection string (env: ConnectionStrings__PartyAtlas).</summary>
    public const string ConnectionStringName = "PartyAtlas";

    /// <summary>The one data source a process uses: PostGIS geometries map to NetTopologySuite types.</summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite();
        builder.ConnectionStringBuilder.ApplicationName ??= "PartyAtlas";
        return builder.Build();
    }
}
