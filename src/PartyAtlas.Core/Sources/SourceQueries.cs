using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Parameters;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Sources;

/// <summary>The sources the dataset cites and what cites them; null means no such source.</summary>
public sealed class SourceQueries(NpgsqlDataSource db)
{
    private static readonly string ListSql = SqlFiles.Get("Sources/sources_list.sql");
    private static readonly string DetailSql = SqlFiles.Get("Sources/source_detail.sql");

    public async Task<string> ListAsync(CancellationToken ct) => (await db.TextAsync(ListSql, ct))!;

    public Task<string?> DetailAsync(SourceId id, CancellationToken ct) => db.TextAsync(DetailSql, ct, Named("id", id.Id));
}
