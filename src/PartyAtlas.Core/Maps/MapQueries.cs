using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Reach;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Maps;

/// <summary>The data of the static maps, projected and simplified by PostGIS; the drawing is the Api's.</summary>
public sealed class MapQueries(NpgsqlDataSource db)
{
    private static readonly string ReachMapSql = SqlFiles.Get("Maps/reach_map.sql");

    /// <summary>One year's reach as projected SVG paths with their evidence, the globe and the coverage; null for an unknown event.</summary>
    public Task<string?> ReachAsync(Year year, ReachFilter filter, CancellationToken ct) =>
        db.TextAsync(ReachMapSql, ct, [Named("year", year.Value), .. filter.Parameters()]);
}
