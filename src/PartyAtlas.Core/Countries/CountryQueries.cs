using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Parameters;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Countries;

/// <summary>Countries and regions as GeoJSON built by PostGIS; null means no such country.</summary>
public sealed class CountryQueries(NpgsqlDataSource db)
{
    private static readonly string CollectionSql = SqlFiles.Get("Countries/countries_collection.sql");
    private static readonly string FeatureSql = SqlFiles.Get("Countries/country_feature.sql");
    private static readonly string TimelineSql = SqlFiles.Get("Countries/country_timeline.sql");

    public async Task<string> CollectionAsync(string? region, string? kind, GeometryDetail detail, CancellationToken ct) =>
        (await db.TextAsync(CollectionSql, ct, [Named("region", region), Named("kind", kind), .. detail.Parameters()]))!;

    public Task<string?> FeatureAsync(Iso3 iso3, GeometryDetail detail, CancellationToken ct) =>
        db.TextAsync(FeatureSql, ct, [Named("iso3", iso3.Code), .. detail.Parameters()]);

    /// <summary>Every participation row of one country, whatever its evidence, in date order.</summary>
    public Task<string?> TimelineAsync(Iso3 iso3, CancellationToken ct) =>
        db.TextAsync(TimelineSql, ct, Named("iso3", iso3.Code));
}
