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
