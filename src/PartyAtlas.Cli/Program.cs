using Npgsql;
using PartyAtlas.Cli;
using PartyAtlas.Core.Database;

// partyatlas migrate | import <folder> [--dry-run]
// Exit codes: 0 done, 1 the input has problems (nothing written), 2 usage, 3 database unreachable or failed.
if (args is not ["migrate"] and not ["import", _] and not ["import", _, "--dry-run"] and not ["import", "--dry-run", _])
{
    Console.Error.WriteLine("""
        usage: PartyAtlas.Cli migrate
               PartyAtlas.Cli import <geodata-folder> [--dry-run]
        The database comes from ConnectionStrings__PartyAtlas, else from .data/connection-string (written by ./scripts/run).
        """);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

var dryRun = args.Contains("--dry-run");
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

    var folder = args.Skip(1).First(a => a != "--dry-run");
    return await Commands.ImportAsync(dataSource, folder, dryRun, cancel.Token);
}
catch (Exception e) when (e is NpgsqlException or PostgresException or TimeoutException)
{
    Console.Error.WriteLine($"Database error: {e.Message}");
    return 3;
}
