using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace PartyAtlas.Core.Import;

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

    public static Task<ImportResult> ImportAsync(NpgsqlDataSource dataSource, string folder, bool dryRun, CancellationToken ct) =>
        ImportAsync(dataSource, folder, new ImportOptions(DryRun: dryRun), ct);

    public static async Task<ImportResult> ImportAsync(NpgsqlDataSource dataSource, string folder, ImportOptions options, CancellationToken ct)
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

        if (options.DryRun)
        {
            return new ImportResult(ImportOutcome.Valid, [], hash, dataset.Summary);
        }

        var written = await DatasetWriter.ReplaceAsync(dataSource, dataset, hash, Bundle(files), options, ct);
        var outcome = written.Written ? ImportOutcome.Imported
            : written.Shrinkage.Count > 0 ? ImportOutcome.Refused
            : ImportOutcome.Unchanged;
        return new ImportResult(outcome, [], hash, dataset.Summary, written.ReplacedVersion, written.Shrinkage);
    }

    /// <summary>
    /// Restores an earlier data version from its kept bundle (<paramref name="version"/>, or the newest one
    /// before the current), through the same validated, atomic import; shrinking is the point, so allowed.
    /// Null when no such bundle is kept.
    /// </summary>
    public static async Task<ImportResult?> RollbackAsync(NpgsqlDataSource dataSource, string? version, CancellationToken ct)
    {
        byte[] bundle;
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        await using (var command = Database.SqlFiles.Command("Import/bundle.sql", connection))
        {
            command.Parameters.AddValues([version]);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }

            bundle = reader.GetFieldValue<byte[]>(1);
        }

        var folder = Directory.CreateTempSubdirectory("partyatlas-rollback-");
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(bundle), ZipArchiveMode.Read))
            {
                foreach (var entry in zip.Entries.Where(e => Files.Contains(e.FullName)))
                {
                    var target = Path.Combine(folder.FullName, entry.FullName);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    entry.ExtractToFile(target);
                }
            }

            return await ImportAsync(dataSource, folder.FullName, new ImportOptions(AllowShrink: true), ct);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The files as one zip, kept with the data version they make.</summary>
    private static byte[] Bundle(IReadOnlyDictionary<string, byte[]> files)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in Files.Where(files.ContainsKey))
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(files[name]);
            }
        }

        return output.ToArray();
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
