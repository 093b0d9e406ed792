using System.Globalization;
using Npgsql;
using PartyAtlas.Cli;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Import;

// partyatlas migrate | import <folder> [--dry-run] [--allow-shrink] | rollback [VERSION] | export tiles …
// Exit codes: 0 done, 1 the input has problems or shrinks the data too much (nothing written), 2 usage,
// 3 database unreachable or failed, 4 no such kept version.
// --max-shrink=PERCENT is the one flag with a value.
var maxShrinkFlag = args.FirstOrDefault(a => a.StartsWith("--max-shrink=", StringComparison.Ordinal));
var maxShrink = ImportOptions.DefaultMaxShrink;
if (maxShrinkFlag is not null)
{
    if (!double.TryParse(maxShrinkFlag["--max-shrink=".Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) || percent is < 0 or > 100)
    {
        Console.Error.WriteLine("--max-shrink takes a percentage from 0 to 100, e.g. --max-shrink=50.");
        return 2;
    }

    maxShrink = percent / 100;
}

if (args is ["export", ..])
{
    return await Export(args[1..]);
}

var flags = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a != maxShrinkFlag).ToHashSet(StringComparer.Ordinal);
var words = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var usable = words switch
{
    ["migrate"] => flags.Count == 0,
    ["import", _] => flags.IsSubsetOf(["--dry-run", "--allow-shrink"]),
    ["rollback"] or ["rollback", _] => flags.Count == 0,
    _ => false,
};
if (!usable)
{
    Console.Error.WriteLine("""
        usage: PartyAtlas.Cli migrate
               PartyAtlas.Cli import <geodata-folder> [--dry-run] [--allow-shrink] [--max-shrink=PERCENT]
               PartyAtlas.Cli rollback [VERSION]
               PartyAtlas.Cli export tiles --format pmtiles|mbtiles [--layers countries,reach] [--years 2014-2025] [--max-zoom 6] --out FILE
               PartyAtlas.Cli export dataset --out DIR
        An import that would remove more than 20 % (--max-shrink) of any table's rows is refused unless --allow-shrink.
        rollback restores an earlier data version (default: the one before the current) from the last 5 kept.
        The database comes from ConnectionStrings__PartyAtlas, else from .data/connection-string (written by ./scripts/run).
        """);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

var dryRun = flags.Contains("--dry-run");
var connectionString = ConnectionString.Find();
if (connectionString is null && !dryRun)
{
    Console.Error.WriteLine("No database: set ConnectionStrings__PartyAtlas or start ./scripts/run once (it writes .data/connection-string).");
    return 3;
}

try
{
    await using var dataSource = PartyAtlasDatabase.CreateDataSource(connectionString ?? "Host=unused");
    if (args[0] == "migrate")
    {
        var applied = await Migrator.MigrateAsync(dataSource, cancel.Token);
        Console.WriteLine(applied.Count == 0
            ? "Schema is up to date."
            : $"Applied {string.Join(", ", applied.Select(m => $"{m.Version:0000}_{m.Name}"))}.");
        return 0;
    }

    if (words[0] == "rollback")
    {
        return await Commands.RollbackAsync(dataSource, words.ElementAtOrDefault(1), cancel.Token);
    }

    return await Commands.ImportAsync(dataSource, words[1], new(DryRun: dryRun, AllowShrink: flags.Contains("--allow-shrink"), MaxShrink: maxShrink), cancel.Token);
}
catch (Exception e) when (e is NpgsqlException or PostgresException or TimeoutException)
{
    Console.Error.WriteLine($"Database error: {e.Message}");
    return 3;
}

// export tiles …: a static archive of the current data version (exit 2 for usage, 3 for the database).
static async Task<int> Export(string[] args)
{
    if (args is ["dataset", "--out", var releaseFolder])
    {
        return await WithDatabase(dataSource => ExportDataset.RunAsync(dataSource, releaseFolder, CancellationToken.None));
    }

    if (args is not ["tiles", ..])
    {
        Console.Error.WriteLine($"usage: {ExportTiles.Usage}\n       {ExportDataset.Usage}");
        return 2;
    }

    var (options, error) = ExportTiles.Parse(args[1..]);
    if (options is null)
    {
        Console.Error.WriteLine(error);
        return 2;
    }

    return await WithDatabase(dataSource => ExportTiles.RunAsync(dataSource, options, CancellationToken.None));
}

// Runs database work of an export: exit 3 (with what to check) when the database fails.
static async Task<int> WithDatabase(Func<NpgsqlDataSource, Task<int>> work)
{
    if (ConnectionString.Find() is not { } connectionString)
    {
        Console.Error.WriteLine("No database: set ConnectionStrings__PartyAtlas or start ./scripts/run once (it writes .data/connection-string).");
        return 3;
    }

    try
    {
        await using var dataSource = PartyAtlasDatabase.CreateDataSource(connectionString);
        return await work(dataSource);
    }
    catch (Exception e) when (e is NpgsqlException or PostgresException or TimeoutException)
    {
        Console.Error.WriteLine($"Database error: {e.Message} (is the database up, and migrated and imported? ./scripts/run does both).");
        return 3;
    }
}
