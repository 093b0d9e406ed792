using Npgsql;
using PartyAtlas.Core.Release;

namespace PartyAtlas.Cli;

/// <summary>export dataset --out DIR: a citable release of the current data version (Data Package, CSV, CITATION.cff, README).</summary>
internal static class ExportDataset
{
    public const string Usage = "PartyAtlas.Cli export dataset --out DIR";

    public static async Task<int> RunAsync(NpgsqlDataSource dataSource, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var files = await DatasetRelease.WriteAsync(dataSource, folder, line => Console.Error.WriteLine(line), ct);
        if (files is null)
        {
            Console.Error.WriteLine("The current data version kept no bundle of its files (it was imported before migration 0012): import geodata again, then export.");
            return 1;
        }

        Console.WriteLine($"Wrote {files.Count} files to {Path.GetFullPath(folder)}: {string.Join(", ", files)}.");
        return 0;
    }
}
