using System.Globalization;
using Npgsql;
using PartyAtlas.Core.Tiles.Archives;

namespace PartyAtlas.Cli;

/// <summary>
/// export tiles --format pmtiles|mbtiles [--layers countries,reach] [--years 2014-2025] [--max-zoom 6] --out FILE:
/// a static tile archive of the current data version, written from the API's own tile SQL.
/// </summary>
internal static class ExportTiles
{
    public const string Usage = "PartyAtlas.Cli export tiles --format pmtiles|mbtiles [--layers countries,reach] [--years 2014-2025] [--max-zoom 6] --out FILE";

    /// <summary>The options, or a message saying what is wrong and what to write instead.</summary>
    public static (Options? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count || values.ContainsKey(args[i]))
            {
                return (null, $"'{args[i]}' is not understood here. Usage: {Usage}");
            }

            values[args[i]] = args[++i];
        }

        if (values.Keys.Except(["--format", "--layers", "--years", "--max-zoom", "--out"]).FirstOrDefault() is { } unknown)
        {
            return (null, $"Unknown option {unknown}. Usage: {Usage}");
        }

        if (!values.TryGetValue("--format", out var format) || format is not ("pmtiles" or "mbtiles"))
        {
            return (null, "--format takes pmtiles (one file for any static host; MapLibre reads it with the pmtiles package) or mbtiles (SQLite; GDAL, QGIS and tile servers).");
        }

        if (!values.TryGetValue("--out", out var output) || Path.GetDirectoryName(Path.GetFullPath(output)) is not { } folder || !Directory.Exists(folder))
        {
            return (null, "--out takes the archive's file name, in a folder that exists (create it first).");
        }

        var layers = (values.GetValueOrDefault("--layers") ?? "countries,reach").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (layers.Length == 0 || layers.FirstOrDefault(l => !TileArchiveRequest.Exportable.Contains(l)) is { } badLayer)
        {
            return (null, $"--layers: '{layers.FirstOrDefault()}' is not exportable. Layers: {string.Join(", ", TileArchiveRequest.Exportable)} (comma-separated).");
        }

        if (layers.Distinct().Count() != layers.Length)
        {
            return (null, "--layers names a layer twice.");
        }

        var years = (values.GetValueOrDefault("--years") ?? "2014-2025").Split('-');
        if (years.Length is not (1 or 2) || !int.TryParse(years[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(years[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var to) || from > to || from < 2000 || to > 2100)
        {
            return (null, "--years takes a year or a range, e.g. 2021 or 2014-2025.");
        }

        var maxZoomText = values.GetValueOrDefault("--max-zoom") ?? "6";
        if (!int.TryParse(maxZoomText, NumberStyles.None, CultureInfo.InvariantCulture, out var maxZoom) || maxZoom > 8)
        {
            return (null, "--max-zoom takes a zoom from 0 to 8 (the tile layers end at 8; zoom 6 is 4,096 tiles a layer).");
        }

        return (new Options(format, Path.GetFullPath(output), new TileArchiveRequest(layers, from, to, maxZoom)), null);
    }

    public sealed record Options(string Format, string Output, TileArchiveRequest Request);

    public static async Task<int> RunAsync(NpgsqlDataSource dataSource, Options options, CancellationToken ct)
    {
        // Written beside the target and moved into place: a reader never sees half an archive.
        var partial = options.Output + ".partial";
        var progress = new Progress($"Exporting {options.Format}");
        int tiles;
        string version;
        await using (ITileArchive archive = options.Format == "pmtiles" ? new PmTilesArchive(partial) : new MbTilesArchive(partial))
        {
            (tiles, version) = await new TileArchiveExport(dataSource).WriteAsync(options.Request, archive, progress.Report, ct);
        }

        File.Move(partial, options.Output, overwrite: true);
        var layers = string.Join(", ", options.Request.ArchiveLayers().Select(l => l.Name));
        Console.WriteLine($"Wrote {options.Output}: {tiles:N0} tiles, zoom 0–{options.Request.MaxZoom}, layers {layers}, data version {version}.");
        return 0;
    }
}
