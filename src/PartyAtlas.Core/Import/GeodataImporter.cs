using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using PartyAtlas.Core.Database;

namespace PartyAtlas.Core.Import;

public enum ImportOutcome
{
    /// <summary>Problems were found; nothing was written.</summary>
    Invalid,

    /// <summary>Dry run: the files are valid; nothing was written.</summary>
    Valid,

    /// <summary>The files are what the database already holds; nothing was written.</summary>
    Unchanged,

    /// <summary>The dataset was replaced and a new data version recorded.</summary>
    Imported,
}

public sealed record ImportResult(
    ImportOutcome Outcome, IReadOnlyList<ImportProblem> Problems, string? ContentHash, IReadOnlyDictionary<string, int> Summary);

/// <summary>
/// Loads a geodata folder (countries.geojson + dialogues/*.csv): validates everything first,
/// then replaces the whole dataset in one transaction, so readers see the old data or the
/// new, never a mix, and any failure leaves the database as it was.
/// </summary>
public static class GeodataImporter
{
    /// <summary>Every file an import reads, in the order they enter the content hash.</summary>
    public static IReadOnlyList<string> Files { get; } =
        [CountryFileReader.FileName, .. DialogueFileReader.Headers.Keys.Select(f => $"{DialogueFileReader.Folder}/{f}").Order(StringComparer.Ordinal)];

    public static async Task<ImportResult> ImportAsync(NpgsqlDataSource dataSource, string folder, bool dryRun, CancellationToken ct)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in Files)
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                files[name] = await File.ReadAllBytesAsync(path, ct);
            }
        }

        var problems = new ProblemList();
        var countries = files.TryGetValue(CountryFileReader.FileName, out var geojson)
            ? CountryFileReader.Read(geojson, problems)
            : Missing(CountryFileReader.FileName, problems);
        var dataset = DialogueFileReader.Read(countries, name => files.GetValueOrDefault(name), problems);
        var hash = ContentHash(files);

        if (problems.Any)
        {
            return new ImportResult(ImportOutcome.Invalid, problems.All, hash, dataset.Summary);
        }

        if (dryRun)
        {
            return new ImportResult(ImportOutcome.Valid, [], hash, dataset.Summary);
        }

        var written = await DatasetWriter.ReplaceAsync(dataSource, dataset, hash, ct);
        return new ImportResult(written ? ImportOutcome.Imported : ImportOutcome.Unchanged, [], hash, dataset.Summary);
    }

    private static List<CountryRecord> Missing(string file, ProblemList problems)
    {
        problems.Add(file, null, null, "file is missing");
        return [];
    }

    private static string ContentHash(IReadOnlyDictionary<string, byte[]> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in Files.Where(files.ContainsKey))
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{name}\n{files[name].Length}\n"));
            sha.AppendData(files[name]);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}

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
            Add(batch, "insert_country", c.Iso3, c.Iso2, c.IsoNumeric, c.NameEn, c.NameZh, c.Kind, c.SovereignIso3, c.UnRegion, c.UnSubregion, c.CodeSource, c.Geometry);
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

        foreach (var p in data.Participations)
        {
            Add(batch, "insert_participation", p.Id, p.DialogueId, p.Iso3, p.Party, p.Person, p.Role, p.Evidence, p.Note);
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
