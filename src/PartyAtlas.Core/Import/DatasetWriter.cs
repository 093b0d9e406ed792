using System.Text.Json;
using Npgsql;
using PartyAtlas.Core.Database;

namespace PartyAtlas.Core.Import;

/// <summary>Writes a validated dataset, replacing what was there, in one transaction.</summary>
internal static class DatasetWriter
{
    /// <returns>false when the database already holds this content (nothing written).</returns>
    public static async Task<bool> ReplaceAsync(NpgsqlDataSource dataSource, Dataset data, string hash, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await Execute(connection, "Import/lock.sql", ct);
        await using (var current = SqlFiles.Command("Import/current_version.sql", connection))
        {
            if (await current.ExecuteScalarAsync(ct) is string existing && existing == hash)
            {
                return false;
            }
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
        await tx.CommitAsync(ct);
        return true;
    }

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
