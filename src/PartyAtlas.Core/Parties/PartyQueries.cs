using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Parameters;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Parties;

/// <summary>The party registry and each party's record of participation, as JSON built by PostGIS.</summary>
public sealed class PartyQueries(NpgsqlDataSource db)
{
    private static readonly string ListSql = SqlFiles.Get("Parties/parties_list.sql");
    private static readonly string DetailSql = SqlFiles.Get("Parties/party_detail.sql");

    /// <summary>Null when the filter names an event that does not exist.</summary>
    public Task<string?> ListAsync(PartyFilter filter, CancellationToken ct) => db.TextAsync(ListSql, ct, filter.Parameters());

    /// <summary>Null when there is no such party.</summary>
    public Task<string?> DetailAsync(PartyId id, CancellationToken ct) => db.TextAsync(DetailSql, ct, Named("id", id.Id));
}
