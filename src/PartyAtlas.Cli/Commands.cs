using Npgsql;
using PartyAtlas.Core.Import;

namespace PartyAtlas.Cli;

internal static class Commands
{
    public static async Task<int> ImportAsync(NpgsqlDataSource dataSource, string folder, ImportOptions options, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"No such folder: {folder}");
            return 2;
        }

        return Report(await GeodataImporter.ImportAsync(dataSource, folder, options, ct), Path.GetFullPath(folder));
    }

    public static async Task<int> RollbackAsync(NpgsqlDataSource dataSource, string? version, CancellationToken ct)
    {
        if (await GeodataImporter.RollbackAsync(dataSource, version, ct) is not { } result)
        {
            Console.Error.WriteLine(version is null
                ? "No earlier data version is kept to roll back to."
                : $"Data version {version} is not among the kept ones (the last {ImportOptions.KeptVersions} imports); see data_versions.");
            return 4;
        }

        return Report(result, $"the kept bundle of {result.Version}");
    }

    private static int Report(ImportResult result, string folder)
    {
        var counts = string.Join(", ", result.Summary.Select(s => $"{s.Value} {s.Key}"));
        switch (result.Outcome)
        {
            case ImportOutcome.Invalid:
                foreach (var problem in result.Problems)
                {
                    Console.Error.WriteLine(problem);
                }

                Console.Error.WriteLine($"{result.Problems.Count} problem(s) in {folder}; nothing was written.");
                return 1;
            case ImportOutcome.Valid:
                Console.WriteLine($"Dry run: {folder} is valid ({counts}); nothing was written.");
                return 0;
            case ImportOutcome.Refused:
                foreach (var shrink in result.Shrinkage!)
                {
                    Console.Error.WriteLine(shrink);
                }

                Console.Error.WriteLine($"Refused: this would remove more than the allowed share of the rows above (data version {result.ReplacedVersion}); nothing was written. If that is intended, run again with --allow-shrink.");
                return 1;
            case ImportOutcome.Unchanged:
                Console.WriteLine($"Unchanged: the database already holds data version {result.ContentHash![..12]}; nothing was written.");
                return 0;
            default:
                Console.WriteLine($"Imported data version {result.Version} (replacing {result.ReplacedVersion ?? "none"}): {counts}.");
                return 0;
        }
    }
}
