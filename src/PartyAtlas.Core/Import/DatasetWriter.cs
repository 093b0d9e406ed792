using System.Text.Json;
using Npgsql;
using PartyAtlas.Core.Database;

namespace PartyAtlas.Core.Import;

/// <summary>Writes a validated dataset, replacing what was there, in one transaction.</summary>
internal static class DatasetWriter
{
    /// <summary>
    /// Under the import lock: the version found (what is replaced), then the guardrail (no table may lose
    /// more than the allowed share of its rows unless the caller confirmed), then the write, the derived
    /// and prepared data, and the bundle kept for rollback — committed together or not at all.
    /// </summary>
    public static async Task<WriteResult> ReplaceAsync(NpgsqlDataSource dataSource, Dataset data, string hash, byte[] bundle,
        ImportOptions options, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await Execute(connection, "Import/lock.sql", ct);
        string? replaced;
        await using (var current = SqlFiles.Command("Import/current_version.sql", connection))
        {
            replaced = await current.ExecuteScalarAsync(ct) as string;
            if (replaced == hash)
            {
                return new WriteResult(false, replaced[..16], []);
            }
        }

        var shrinkage = await ShrinkageAsync(connection, data, options, ct);
        if (shrinkage.Count > 0 && !options.AllowShrink)
        {
            return new WriteResult(false, replaced?[..16], shrinkage);
        }

        await Execute(connection, "Import/clear_dataset.sql", ct);

        await using var batch = new NpgsqlBatch(connection);
        foreach (var c in data.Countries)
        {
            Add(batch, "insert_country", c.Iso3, c.Iso2, c.IsoNumeric, c.NameEn, c.NameZh, c.Kind, c.SovereignIso3, c.UnRegion, c.UnSubregion, c.CodeSource, c.Geometry, c.GeometrySource);
        }

        foreach (var s in data.Sources)
        {
            Add(batch, "insert_source", s.Id, s.Url, s.Title, s.Publisher, s.Language, s.ReportDate, s.Note);
        }

        foreach (var d in data.Dialogues)
        {
            Add(batch, "insert_dialogue", d.Id, d.NameEn, d.NameZh, d.Series, d.ParentId, d.StartDate, d.EndDate, d.DatePrecision, d.Year, d.Format,
                d.HostCity, d.HostCountry, d.HostPoint, d.Theme, d.Organisers, d.Notes);
            foreach (var source in d.SourceIds)
            {
                Add(batch, "insert_dialogue_source", d.Id, source);
            }
        }

        foreach (var c in data.Counts)
        {
            Add(batch, "insert_count", c.DialogueId, c.Metric, c.Low, c.High, c.Qualifier, c.SourceId, c.Quote, c.Note);
        }

        // Parties before the participations that name them (the foreign key is not deferred).
        foreach (var p in data.Parties)
        {
            Add(batch, "insert_party", p.Id, p.Iso3, p.NameEn, p.NameNative, p.Abbreviation, p.Aliases.ToArray(), p.Kind, p.PartyfactsId, p.Note);
            foreach (var source in p.SourceIds)
            {
                Add(batch, "insert_party_source", p.Id, source);
            }
        }

        foreach (var a in data.PartyAffiliations)
        {
            Add(batch, "insert_party_affiliation", a.PartyId, a.Affiliation, a.SourceId, a.Note);
        }

        foreach (var p in data.Participations)
        {
            Add(batch, "insert_participation", p.Id, p.DialogueId, p.Iso3, p.Party, p.PartyIds.ToArray(), p.Person, p.Role, p.Evidence, p.Note);
            foreach (var source in p.SourceIds)
            {
                Add(batch, "insert_participation_source", p.Id, source);
            }
        }

        foreach (var g in data.RegionGroups)
        {
            Add(batch, "insert_region_group", g.Id, g.Name, g.Description, g.SourceId);
        }

        foreach (var m in data.RegionGroupMembers)
        {
            Add(batch, "insert_region_group_member", m.GroupId, m.Iso3);
        }

        foreach (var s in data.DialogueScopes)
        {
            Add(batch, "insert_dialogue_scope", s.DialogueId, s.GroupId, s.Note);
        }

        Add(batch, "insert_data_version", hash, JsonSerializer.Serialize(data.Summary));
        await batch.ExecuteNonQueryAsync(ct);
        await Execute(connection, "Import/derive.sql", ct);
        await using (var keep = new NpgsqlBatch(connection))
        {
            Add(keep, "keep_bundle", bundle);
            Add(keep, "prune_bundles", ImportOptions.KeptVersions);
            await keep.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        return new WriteResult(true, replaced?[..16], shrinkage);
    }

    /// <summary>The tables this dataset would shrink by more than <see cref="ImportOptions.MaxShrink"/>.</summary>
    private static async Task<List<Shrinkage>> ShrinkageAsync(NpgsqlConnection connection, Dataset data, ImportOptions options, CancellationToken ct)
    {
        var shrinkage = new List<Shrinkage>();
        var after = data.Summary;
        await using var command = SqlFiles.Command("Import/table_counts.sql", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var change = new Shrinkage(reader.GetString(0), reader.GetInt64(1), after.GetValueOrDefault(reader.GetString(0)));
            if (change.Share > options.MaxShrink)
            {
                shrinkage.Add(change);
            }
        }

        return shrinkage;
    }

    /// <summary>What the write did: <paramref name="Written"/> false when unchanged or refused (then <paramref name="Shrinkage"/> says why).</summary>
    public sealed record WriteResult(bool Written, string? ReplacedVersion, IReadOnlyList<Shrinkage> Shrinkage);

    private static async Task Execute(NpgsqlConnection connection, string sqlFile, CancellationToken ct)
    {
        await using var command = SqlFiles.Command(sqlFile, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void Add(NpgsqlBatch batch, string sqlFile, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(SqlFiles.Get($"Import/{sqlFile}.sql"));
        command.Parameters.AddValues(values);

        batch.BatchCommands.Add(command);
    }
}
