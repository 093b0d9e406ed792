using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Parameters;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Dialogues;

/// <summary>The events, their official counts, participants and invited regions; null means no such event.</summary>
public sealed class DialogueQueries(NpgsqlDataSource db)
{
    private static readonly string ListSql = SqlFiles.Get("Dialogues/dialogues_list.sql");
    private static readonly string HostsSql = SqlFiles.Get("Dialogues/dialogues_geojson.sql");
    private static readonly string DetailSql = SqlFiles.Get("Dialogues/dialogue_detail.sql");
    private static readonly string ScopeSql = SqlFiles.Get("Dialogues/dialogue_scope.sql");

    /// <summary>Every event (of one year and one series, when given) with its counts and coverage.</summary>
    public async Task<string> ListAsync(Year? year, string? series, CancellationToken ct) =>
        (await db.TextAsync(ListSql, ct, Named("year", year?.Value), Named("series", series)))!;

    /// <summary>The host cities as GeoJSON points.</summary>
    public async Task<string> HostsAsync(Year? year, string? series, CancellationToken ct) =>
        (await db.TextAsync(HostsSql, ct, Named("year", year?.Value), Named("series", series)))!;

    public Task<string?> DetailAsync(DialogueId id, CancellationToken ct) =>
        db.TextAsync(DetailSql, ct, Named("id", id.Id));

    /// <summary>The event's invited region (dissolved) and its documented participants.</summary>
    public Task<string?> ScopeAsync(DialogueId id, EvidenceSet evidence, GeometryDetail detail, CancellationToken ct) =>
        db.TextAsync(ScopeSql, ct, [Named("id", id.Id), Named("evidence", evidence.Types), .. detail.Parameters()]);
}
