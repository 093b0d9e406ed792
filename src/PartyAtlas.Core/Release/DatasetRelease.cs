using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Npgsql;
using PartyAtlas.Core.Database;

namespace PartyAtlas.Core.Release;

/// <summary>
/// A citable release of the current data version, written to a folder: the CSV files exactly as that
/// version's import kept them (0012) plus countries.csv, a GeoPackage of the layers, a Frictionless Data
/// Package descriptor, CITATION.cff (CFF 1.2.0), CITATION.bib and a README with the definitions and the coverage of every event.
/// </summary>
public static class DatasetRelease
{
    /// <summary>
    /// The build of the code that writes releases (deterministic builds: it changes only with this assembly), so a
    /// release kept by another build of PartyAtlas, whose files may differ, is made again rather than served.
    /// </summary>
    public static string Build { get; } = typeof(DatasetRelease).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    /// <summary>The files written, relative to <paramref name="folder"/>; null when the current version kept no bundle.</summary>
    public static async Task<IReadOnlyList<string>?> WriteAsync(NpgsqlDataSource dataSource, string folder, Action<string>? progress, CancellationToken ct)
    {
        byte[] bundle;
        string version;
        DateTime imported;
        await using (var command = dataSource.CreateCommand(SqlFiles.Get("Release/release_bundle.sql")))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }

            (bundle, version, imported) = (reader.GetFieldValue<byte[]>(0), reader.GetString(1), reader.GetDateTime(2));
        }

        var written = new List<string>();
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        using (var zip = new ZipArchive(new MemoryStream(bundle), ZipArchiveMode.Read))
        {
            foreach (var table in DatasetPackage.TableNames.Where(t => t != "countries"))
            {
                var entry = zip.GetEntry($"dialogues/{table}.csv") ?? throw new InvalidDataException($"The kept bundle of {version} has no {table}.csv.");
                entry.ExtractToFile(Path.Combine(folder, "data", $"{table}.csv"), overwrite: true);
                written.Add($"data/{table}.csv");
            }
        }

        progress?.Invoke($"{written.Count} CSV files of data version {version}");
        await File.WriteAllTextAsync(Path.Combine(folder, "data", "countries.csv"), await CountriesCsvAsync(dataSource, ct), ct);
        written.Add("data/countries.csv");
        var layers = await GeoPackageWriter.WriteAsync(dataSource, Path.Combine(folder, "partyatlas.gpkg"), ct);
        written.Add("partyatlas.gpkg");
        progress?.Invoke($"partyatlas.gpkg: {string.Join(", ", layers.Select(l => $"{l.Value} {l.Key}"))}");

        var date = imported.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var descriptor = DatasetPackage.Descriptor(version, imported.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        await File.WriteAllTextAsync(Path.Combine(folder, "datapackage.json"), descriptor.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), ct);
        written.Add("datapackage.json");
        await File.WriteAllTextAsync(Path.Combine(folder, "CITATION.cff"), Citation(version, date), ct);
        written.Add("CITATION.cff");
        await File.WriteAllTextAsync(Path.Combine(folder, "CITATION.bib"), DatasetCitation.BibTeX(version, date), ct);
        written.Add("CITATION.bib");
        await File.WriteAllTextAsync(Path.Combine(folder, "README.md"), await ReadmeAsync(dataSource, version, date, ct), ct);
        written.Add("README.md");
        return written;
    }

    /// <summary>The release date (yyyy-MM-dd) of a release written in <paramref name="folder"/>: its data package's "created".</summary>
    public static string ReleasedOn(string folder)
    {
        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "datapackage.json")));
        return package.RootElement.GetProperty("created").GetString()![..10];
    }

    private static async Task<string> CountriesCsvAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var csv = new StringBuilder("iso3,iso2,name_en,name_zh,kind,sovereign_iso3,un_region,un_subregion,code_source\n");
        await using var command = dataSource.CreateCommand(SqlFiles.Get("Release/release_countries.sql"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            csv.AppendJoin(',', Enumerable.Range(0, reader.FieldCount).Select(i => Cell(reader.IsDBNull(i) ? "" : reader.GetString(i)))).Append('\n');
        }

        return csv.ToString();
    }

    // RFC 4180: quoted when it holds a comma, a quote or a line break.
    private static string Cell(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static string Citation(string version, string date) => $"""
        cff-version: 1.2.0
        message: "If you use this dataset, please cite it as below, with its version (the data version)."
        type: dataset
        title: "{DatasetCitation.Title}"
        version: "{version}"
        date-released: {date}
        license: {DatasetCitation.Licence}
        authors:
          - name: "{DatasetCitation.Authors}"
        abstract: >-
          Countries, regions and parties documented at the Chinese Communist Party's multilateral dialogues
          with world political parties (2014 onwards), with the evidence type and source of every row and the
          official counts per source. Every list is partial: silence is not absence.
        keywords:
          - party diplomacy
          - Chinese Communist Party
          - political parties
          - international relations
        """;

    private static async Task<string> ReadmeAsync(NpgsqlDataSource dataSource, string version, string date, CancellationToken ct)
    {
        var text = new StringBuilder($"""
            # PartyAtlas dataset, data version {version} ({date})

            The documented reach of the Chinese Communist Party's multilateral dialogues with world political parties.
            `datapackage.json` describes every file (types, keys, foreign keys, closed lists); `CITATION.cff` (and
            `CITATION.bib` for BibTeX) say how to cite it: *{DatasetCitation.Text(version, date)}*

            ## Definitions

            - **Participation** (`data/participations.csv`): a country or region, and where named a party or person, at
              an event, with its **evidence type** and its sources (`source_ids`, in `data/sources.csv`). Only `spoke`,
              `delegation`, `attended` and `watched_at_venue` count as **documented reach**.
            - **Official counts** (`data/counts.csv`) are kept per source, as ranges (`low`–`high`); they are never averaged.
            - **Coverage** compares the countries documented with the official figures. There is no official roster:
              every list is partial, and silence is never read as absence.
            - Country and region codes are ISO 3166-1 alpha-3 (`data/countries.csv`, from Natural Earth 1:50m, public domain).

            ## Coverage per event

            | Event | Start | Documented countries | Official countries |
            |---|---|---|---|

            """);
        await using var command = dataSource.CreateCommand(SqlFiles.Get("Release/release_coverage.sql"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var low = reader.IsDBNull(4) ? null : (long?)Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture);
            var high = reader.IsDBNull(5) ? null : (long?)Convert.ToInt64(reader.GetValue(5), CultureInfo.InvariantCulture);
            var official = low is null ? "not reported" : high > low ? $"{low}–{high}" : $"{low}";
            text.Append(CultureInfo.InvariantCulture,
                $"| {reader.GetString(1)} (`{reader.GetString(0)}`) | {(reader.IsDBNull(2) ? "" : reader.GetString(2))} | {Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture)} | {official} |\n");
        }

        return text.ToString();
    }
}
