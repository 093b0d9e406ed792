using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Reach;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Maps;

/// <summary>The data of the static maps: the shapes PostGIS projected at import (0014) joined to reach; the drawing is the Api's.</summary>
public sealed class MapQueries(NpgsqlDataSource db)
{
    private static readonly string ReachMapSql = SqlFiles.Get("Maps/reach_map.sql");
    private static readonly string CompareMapSql = SqlFiles.Get("Maps/compare_map.sql");

    /// <summary>One year's reach as projected SVG paths with their evidence, the globe and the coverage; null for an unknown event.</summary>
    public Task<string?> ReachAsync(Year year, ReachFilter filter, CancellationToken ct) =>
        db.TextAsync(ReachMapSql, ct, [Named("year", year.Value), .. filter.Parameters()]);

    /// <summary>Two years as projected SVG paths classed joined, left or stayed, with the counts; null for an unknown event.</summary>
    public Task<string?> CompareAsync(Year from, Year to, ReachFilter filter, CancellationToken ct) =>
        db.TextAsync(CompareMapSql, ct, [Named("from", from.Value), Named("to", to.Value), .. filter.Parameters()]);
}
