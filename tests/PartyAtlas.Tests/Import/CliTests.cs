using System.Diagnostics;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Import;

/// <summary>The CLI as a maintainer runs it: exit codes and messages.</summary>
public sealed class CliTests
{
    [Fact]
    public async Task Import_of_a_broken_folder_exits_non_zero_naming_the_file_and_feature_and_writes_nothing()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        using var copy = new GeodataCopy();
        copy.EditCountries(f => f.Add(CountryImportTests.Feature(f, "FRA").DeepClone()));
        var before = await DatabaseState.FingerprintAsync(db.ConnectionString);

        var (exit, _, stderr) = await RunCliAsync(db.ConnectionString, "import", copy.Folder);

        Assert.Equal(1, exit);
        Assert.Contains("countries.geojson", stderr, StringComparison.Ordinal);
        Assert.Contains("(FRA)]: duplicate code FRA", stderr, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseState.FingerprintAsync(db.ConnectionString));
    }

    [Fact]
    public async Task Migrate_and_import_on_an_empty_database_succeed_and_a_second_import_reports_unchanged()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync(withData: false);

        var migrate = await RunCliAsync(db.ConnectionString, "migrate");
        var first = await RunCliAsync(db.ConnectionString, "import", Repository.Geodata);
        var second = await RunCliAsync(db.ConnectionString, "import", Repository.Geodata);

        Assert.Equal(0, migrate.Exit);
        Assert.Equal(0, first.Exit);
        Assert.StartsWith("Imported data version", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, second.Exit);
        Assert.StartsWith("Unchanged", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shrinking_import_is_refused_until_allowed_and_rollback_restores_the_previous_version()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        var version = await DatabaseState.ScalarAsync<string>(db.ConnectionString, "SELECT version FROM current_data_version");
        using var fixture = GeodataCopy.Fixture();

        var refused = await RunCliAsync(db.ConnectionString, "import", fixture.Folder);
        var badShare = await RunCliAsync(db.ConnectionString, "import", fixture.Folder, "--max-shrink=200");
        var allowed = await RunCliAsync(db.ConnectionString, "import", fixture.Folder, "--max-shrink=100");
        var rollback = await RunCliAsync(db.ConnectionString, "rollback");
        var unknown = await RunCliAsync(db.ConnectionString, "rollback", "0000000000000000");
        var confirmed = await RunCliAsync(db.ConnectionString, "import", fixture.Folder, "--allow-shrink");
        var restored = await RunCliAsync(db.ConnectionString, "rollback", version);

        Assert.Equal(1, refused.Exit);
        Assert.Contains("--allow-shrink", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("participations:", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, allowed.Exit);
        Assert.Contains($"(replacing {version})", allowed.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, rollback.Exit);
        Assert.StartsWith($"Imported data version {version}", rollback.Stdout, StringComparison.Ordinal);
        Assert.Equal(4, unknown.Exit);
        Assert.Equal(2, badShare.Exit);
        Assert.Equal(0, confirmed.Exit);
        Assert.Equal(0, restored.Exit);
        Assert.Equal(version, await DatabaseState.ScalarAsync<string>(db.ConnectionString, "SELECT version FROM current_data_version"));
    }

    private static Task<(int Exit, string Stdout, string Stderr)> RunCliAsync(string connectionString, params string[] args) =>
        CliProcess.RunAsync(connectionString, args);
}
