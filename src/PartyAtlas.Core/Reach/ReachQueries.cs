using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Parameters;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Reach;

/// <summary>
/// Where the dialogues reached, as JSON built by PostGIS from the one reach row source
/// (reach_country_years). A null answer means the filter's event does not exist.
/// </summary>
public sealed class ReachQueries(NpgsqlDataSource db)
{
    private static readonly string YearSql = SqlFiles.Get("Reach/reach_year.sql");
    private static readonly string TimelineSql = SqlFiles.Get("Reach/reach_timeline.sql");
    private static readonly string TimelineByRegionSql = SqlFiles.Get("Reach/reach_timeline_by_region.sql");
    private static readonly string RegionsSql = SqlFiles.Get("Reach/reach_regions.sql");
    private static readonly string CompareSql = SqlFiles.Get("Reach/reach_compare.sql");
    private static readonly string DistanceSql = SqlFiles.Get("Reach/reach_distance.sql");
    private static readonly string LatestYearSql = SqlFiles.Get("Reach/latest_year.sql");

    /// <summary>One year as a FeatureCollection with its coverage; every country (zeros included) when <paramref name="everyCountry"/>.</summary>
    public Task<string?> YearAsync(Year year, ReachFilter filter, bool everyCountry, GeometryDetail detail, CancellationToken ct) =>
        db.TextAsync(YearSql, ct, [Named("year", year.Value), Named("include_all", everyCountry), .. filter.Parameters(), .. detail.Parameters()]);

    public async Task<string> TimelineAsync(ReachFilter filter, bool byRegion, CancellationToken ct) =>
        (await db.TextAsync(byRegion ? TimelineByRegionSql : TimelineSql, ct, filter.Parameters()))!;

    public async Task<string> RegionsAsync(Year year, ReachFilter filter, GeometryDetail detail, CancellationToken ct) =>
        (await db.TextAsync(RegionsSql, ct, [Named("year", year.Value), .. filter.Parameters(), .. detail.Parameters()]))!;

    public async Task<string> CompareAsync(Year from, Year to, ReachFilter filter, GeometryDetail detail, CancellationToken ct) =>
        (await db.TextAsync(CompareSql, ct, [Named("from", from.Value), Named("to", to.Value), .. filter.Parameters(), .. detail.Parameters()]))!;

    public Task<string?> DistanceAsync(Year year, ReachFilter filter, CancellationToken ct) =>
        db.TextAsync(DistanceSql, ct, [Named("year", year.Value), .. filter.Parameters()]);

    /// <summary>The latest year with an event: the default year of the map, TileJSON and the style.</summary>
    public async Task<Year?> LatestYearAsync(CancellationToken ct) =>
        int.TryParse(await db.TextAsync(LatestYearSql, ct), out var year) ? new Year(year) : null;
}
