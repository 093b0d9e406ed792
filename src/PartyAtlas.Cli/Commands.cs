using Npgsql;
using PartyAtlas.Core.Import;

namespace PartyAtlas.Cli;

internal static class Commands
{
    public static async Task<int> ImportAsync(NpgsqlDataSource dataSource, string folder, bool dryRun, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"No such folder: {folder}");
            return 2;
        }

        var result = await GeodataImporter.ImportAsync(dataSource, folder, dryRun, ct);
        var counts = string.Join(", ", result.Summary.Select(s => $"{s.Value} {s.Key}"));
        switch (result.Outcome)
        {
            case ImportOutcome.Invalid:
                foreach (var problem in result.Problems)
                {
                    Console.Error.WriteLine(problem);
                }

                Console.Error.WriteLine($"{result.Problems.Count} problem(s) in {Path.GetFullPath(folder)}; nothing was written.");
                return 1;
            case ImportOutcome.Valid:
                Console.WriteLine($"Dry run: {folder} is valid ({counts}); nothing was written.");
                return 0;
            case ImportOutcome.Unchanged:
                Console.WriteLine($"Unchanged: the database already holds data version {result.ContentHash![..12]}; nothing was written.");
                return 0;
            default:
                Console.WriteLine($"Imported data version {result.ContentHash![..12]}: {counts}.");
                return 0;
        }
    }
}
