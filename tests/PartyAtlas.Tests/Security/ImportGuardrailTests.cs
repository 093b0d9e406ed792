using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Security;

/// <summary>An import that would wipe most of the data is refused until confirmed, and an earlier version can be restored.</summary>
public sealed class ImportGuardrailTests
{
    /// <summary>The bundle of the finding: one country and header-only CSVs, valid but nearly empty.</summary>
    private static GeodataCopy NearlyEmpty()
    {
        var copy = new GeodataCopy();
        copy.EditCountries(features =>
        {
            var keep = Import.CountryImportTests.Feature(features, "FRA").DeepClone();
            features.Clear();
            features.Add(keep);
        });
        foreach (var file in Directory.GetFiles(Path.Combine(copy.Folder, "dialogues"), "*.csv"))
        {
            File.WriteAllText(file, File.ReadLines(file).First() + "\n");
        }

        return copy;
    }

    [Fact]
    public async Task A_bundle_that_would_remove_most_rows_is_refused_and_nothing_changes()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        var before = await DatabaseState.FingerprintAsync(db.ConnectionString);
        using var copy = NearlyEmpty();
        await using var dataSource = db.CreateDataSource();

        var result = await GeodataImporter.ImportAsync(dataSource, copy.Folder, new ImportOptions(), CancellationToken.None);

        Assert.Equal(ImportOutcome.Refused, result.Outcome);
        Assert.Contains(result.Shrinkage!, s => s.Table == "countries" && s.After == 1 && s.Before > 200);
        Assert.Contains(result.Shrinkage!, s => s.Table == "participations" && s.After == 0);
        Assert.Equal(before, await DatabaseState.FingerprintAsync(db.ConnectionString));
    }

    [Fact]
    public async Task Confirmed_it_is_applied_and_a_rollback_restores_the_previous_fingerprint()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var dataSource = db.CreateDataSource();
        // The template database was loaded by a plain import, so its bundle is kept like any other.
        var before = await DatabaseState.FingerprintAsync(db.ConnectionString);
        var version = await DatabaseState.ScalarAsync<string>(db.ConnectionString, "SELECT version FROM current_data_version");
        using var copy = NearlyEmpty();

        var shrunk = await GeodataImporter.ImportAsync(dataSource, copy.Folder, new ImportOptions(AllowShrink: true), CancellationToken.None);
        var countries = await DatabaseState.ScalarAsync<long>(db.ConnectionString, "SELECT count(*) FROM countries");
        var restored = await GeodataImporter.RollbackAsync(dataSource, null, CancellationToken.None);

        Assert.Equal(ImportOutcome.Imported, shrunk.Outcome);
        Assert.Equal(version, shrunk.ReplacedVersion);
        Assert.Equal(1, countries);
        Assert.NotNull(restored);
        Assert.Equal(ImportOutcome.Imported, restored.Outcome);
        Assert.Equal(version, restored.Version);
        Assert.Equal(shrunk.Version, restored.ReplacedVersion);
        // The same rows in every table; data_versions gains a row (the rollback is an import of the old content).
        Assert.Equal(WithoutHistory(before), WithoutHistory(await DatabaseState.FingerprintAsync(db.ConnectionString)));
        Assert.Equal(version, await DatabaseState.ScalarAsync<string>(db.ConnectionString, "SELECT version FROM current_data_version"));
    }

    private static string WithoutHistory(string fingerprint) =>
        string.Join(" ", fingerprint.Split(' ').Where(part => !part.StartsWith("data_versions=", StringComparison.Ordinal)));

    [Fact]
    public async Task A_rollback_to_a_version_not_kept_finds_nothing_and_changes_nothing()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var dataSource = db.CreateDataSource();
        var before = await DatabaseState.FingerprintAsync(db.ConnectionString);

        Assert.Null(await GeodataImporter.RollbackAsync(dataSource, "0123456789abcdef", CancellationToken.None));
        Assert.Equal(before, await DatabaseState.FingerprintAsync(db.ConnectionString));
    }

    [Fact]
    public async Task Each_import_reports_the_version_it_replaced_as_found_under_its_lock()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var dataSource = db.CreateDataSource();
        using var first = new GeodataCopy();
        first.EditField("dialogues/participations.csv", 2, "note", "first");
        using var second = new GeodataCopy();
        second.EditField("dialogues/participations.csv", 2, "note", "second");

        // Started together: whichever commits second replaced the other's version, not the one before both.
        var results = await Task.WhenAll(
            GeodataImporter.ImportAsync(dataSource, first.Folder, false, CancellationToken.None),
            GeodataImporter.ImportAsync(dataSource, second.Folder, false, CancellationToken.None));

        Assert.All(results, r => Assert.Equal(ImportOutcome.Imported, r.Outcome));
        Assert.True(results[0].ReplacedVersion == results[1].Version || results[1].ReplacedVersion == results[0].Version,
            $"{results[0].ReplacedVersion}→{results[0].Version}, {results[1].ReplacedVersion}→{results[1].Version}");
    }
}
