using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Dialogues;

/// <summary>
/// Each class of bad input in the dialogue files: the importer names the file, line and column,
/// says what is wrong, writes nothing, and the database is exactly as it was. The lines and rows broken
/// are those of the fixture bundle (tests/fixtures/dialogues), which does not grow with the shipped data.
/// </summary>
public sealed class DatasetValidationTests
{
    public sealed record Breakage(string Name, Action<GeodataCopy> Break, string File, int? Line, string? Column, string Message)
    {
        public override string ToString() => Name;
    }

    // The fixture bundle's lengths (header included): a line appended to it is the next one.
    private const int FixtureSourcesLines = 77;
    private const int FixtureGroupMembersLines = 7;
    private const int FixturePartiesLines = 18;
    private const string Parties = "dialogues/parties.csv";

    public static TheoryData<Breakage> Breakages => new()
    {
        new("unknown country code", c => c.EditField("dialogues/participations.csv", 2, "iso3", "QQQ"),
            "dialogues/participations.csv", 2, "iso3", "unknown country code 'QQQ'"),
        new("unknown event id", c => c.EditField("dialogues/counts.csv", 3, "dialogue_id", "no-such-event"),
            "dialogues/counts.csv", 3, "dialogue_id", "unknown event 'no-such-event'"),
        new("unknown source id", c => c.EditField("dialogues/participations.csv", 4, "source_ids", "S4 ZZ99"),
            "dialogues/participations.csv", 4, "source_ids", "unknown source 'ZZ99'"),
        new("unknown parent event", c => c.EditField("dialogues/dialogues.csv", 2, "parent_id", "hlm-1999"),
            "dialogues/dialogues.csv", 2, "parent_id", "unknown event 'hlm-1999'"),
        new("duplicate key", c => c.AppendLine("dialogues/sources.csv", File.ReadLines(c.PathOf("dialogues/sources.csv")).ElementAt(1)),
            "dialogues/sources.csv", FixtureSourcesLines + 1, "id", "duplicate key id"),
        new("duplicate participation id", c => c.EditField("dialogues/participations.csv", 3, "id", File.ReadLines(c.PathOf("dialogues/participations.csv")).ElementAt(1).Split(',')[0]),
            "dialogues/participations.csv", 3, "id", "duplicate key id"),
        new("date out of order", c => c.EditField("dialogues/dialogues.csv", 5, "end_date", "2001-01-01"),
            "dialogues/dialogues.csv", 5, "end_date", "is before start_date"),
        new("unparsable date", c => c.EditField("dialogues/dialogues.csv", 6, "start_date", "2017-13-45"),
            "dialogues/dialogues.csv", 6, "start_date", "'2017-13-45' is not a date"),
        new("year not matching the date", c => c.EditField("dialogues/dialogues.csv", 7, "year", "1999"),
            "dialogues/dialogues.csv", 7, "year", "1999 does not match start_date"),
        new("evidence type outside the closed list", c => c.EditField("dialogues/participations.csv", 5, "evidence", "rumoured"),
            "dialogues/participations.csv", 5, "evidence", "'rumoured' is not one of"),
        new("series outside the closed list", c => c.EditField("dialogues/dialogues.csv", 3, "series", "bilateral"),
            "dialogues/dialogues.csv", 3, "series", "'bilateral' is not one of"),
        new("count with low above high", c => { c.EditField("dialogues/counts.csv", 2, "low", "500"); c.EditField("dialogues/counts.csv", 2, "high", "100"); },
            "dialogues/counts.csv", 2, "high", "low 500 is greater than high 100"),
        new("count qualifier outside the closed list", c => c.EditField("dialogues/counts.csv", 4, "qualifier", "roughly"),
            "dialogues/counts.csv", 4, "qualifier", "'roughly' is not one of"),
        new("malformed URL", c => c.EditField("dialogues/sources.csv", 6, "url", "www.example.org/no-scheme"),
            "dialogues/sources.csv", 6, "url", "is not an http(s) URL"),
        new("participation without a source", c => c.EditField("dialogues/participations.csv", 6, "source_ids", ""),
            "dialogues/participations.csv", 6, "source_ids", "every participation needs at least one source"),
        new("wrong header", c => c.EditLine("dialogues/counts.csv", 1, h => h.Replace("qualifier", "qualifiers", StringComparison.Ordinal)),
            "dialogues/counts.csv", 1, null, "wrong header"),
        new("bad encoding", c => File.WriteAllBytes(c.PathOf("dialogues/sources.csv"),
                [.. File.ReadAllBytes(c.PathOf("dialogues/sources.csv")), .. "S999,https://example.org/caf"u8.ToArray(), 0xE9, (byte)'\n']),
            "dialogues/sources.csv", FixtureSourcesLines + 1, null, "not valid UTF-8"),
        new("missing file", c => File.Delete(c.PathOf("dialogues/region_groups.csv")),
            "dialogues/region_groups.csv", null, null, "file is missing"),
        new("wrong number of fields", c => c.AppendLine("dialogues/region_group_members.csv", "celac,BRA,extra"),
            "dialogues/region_group_members.csv", FixtureGroupMembersLines + 1, null, "3 fields where the header has 2"),
        new("unknown party id", c => c.EditField("dialogues/participations.csv", 2, "party_id", "BGR-NONE"),
            "dialogues/participations.csv", 2, "party_id", "unknown party 'BGR-NONE'"),
        new("party of another country", c => c.EditField("dialogues/participations.csv", 2, "party_id", "KGZ-IFPP"),
            "dialogues/participations.csv", 2, "party_id", "party 'KGZ-IFPP' is of country KGZ, not BGR"),
        new("duplicate alias", c => c.EditField(Parties, 3, "aliases", "mpla"), Parties, 3, "aliases", "duplicate alias 'mpla'"),
        new("duplicate party id", c => c.AppendLine(Parties, File.ReadLines(c.PathOf(Parties)).ElementAt(1)), Parties, FixturePartiesLines + 1, "id", "duplicate key id = 'AGO-M'"),
        new("malformed party id", c => c.EditField(Parties, 4, "id", "arg-x"), Parties, 4, "id", "'arg-x' is not a party id"),
        new("party id prefix not its country", c => c.EditField(Parties, 4, "id", "CHL-PFDT"), Parties, 4, "id", "prefix 'CHL' is not the row's iso3 'ARG'"),
        new("party in an unknown country", c => c.EditField(Parties, 5, "iso3", "QQQ"), Parties, 5, "iso3", "unknown country code 'QQQ'"),
        new("party kind outside the closed list", c => c.EditField(Parties, 6, "kind", "club"), Parties, 6, "kind", "'club' is not one of"),
        new("party with an unknown source", c => c.EditField(Parties, 2, "source_ids", "U1 ZZ99"), Parties, 2, "source_ids", "unknown source 'ZZ99'"),
        new("malformed Party Facts id", c => c.EditField(Parties, 2, "partyfacts_id", "abc"), Parties, 2, "partyfacts_id", "'abc' is not a Party Facts id"),
        new("affiliation outside the closed list", c => c.EditField("dialogues/party_affiliations.csv", 2, "affiliation", "COMINTERN"),
            "dialogues/party_affiliations.csv", 2, "affiliation", "'COMINTERN' is not one of"),
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task Bad_dialogue_data_is_reported_with_file_line_and_column_and_nothing_is_written(Breakage breakage)
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var dataSource = db.CreateDataSource();
        using var copy = GeodataCopy.Fixture();
        breakage.Break(copy);
        var before = await DatabaseState.FingerprintAsync(db.ConnectionString);

        var result = await GeodataImporter.ImportAsync(dataSource, copy.Folder, dryRun: false, CancellationToken.None);

        Assert.Equal(ImportOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Problems, p =>
            p.File == breakage.File && p.Line == breakage.Line && p.Column == breakage.Column
            && p.Message.Contains(breakage.Message, StringComparison.Ordinal));
        Assert.Equal(before, await DatabaseState.FingerprintAsync(db.ConnectionString));
    }

    [Fact]
    public async Task The_fixture_bundle_is_valid_as_it_is_and_its_lengths_are_the_ones_named_here()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync(withData: false);
        await using var dataSource = db.CreateDataSource();
        using var copy = GeodataCopy.Fixture();

        var result = await GeodataImporter.ImportAsync(dataSource, copy.Folder, dryRun: true, CancellationToken.None);

        Assert.Empty(result.Problems);
        Assert.Equal(ImportOutcome.Valid, result.Outcome);
        Assert.Equal(FixtureSourcesLines, File.ReadLines(copy.PathOf("dialogues/sources.csv")).Count());
        Assert.Equal(FixtureGroupMembersLines, File.ReadLines(copy.PathOf("dialogues/region_group_members.csv")).Count());
        Assert.Equal(FixturePartiesLines, File.ReadLines(copy.PathOf(Parties)).Count());
    }

    [Fact]
    public async Task Every_problem_in_every_file_is_reported_in_one_run()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync(withData: false);
        await using var dataSource = db.CreateDataSource();
        using var copy = GeodataCopy.Fixture();
        copy.EditField("dialogues/participations.csv", 2, "evidence", "rumoured");
        copy.EditField("dialogues/dialogues.csv", 2, "year", "1999");
        copy.EditField("dialogues/sources.csv", 2, "url", "nope");

        var result = await GeodataImporter.ImportAsync(dataSource, copy.Folder, dryRun: true, CancellationToken.None);

        Assert.Equal(["dialogues/dialogues.csv", "dialogues/participations.csv", "dialogues/sources.csv"],
            result.Problems.Select(p => p.File).Distinct().Order(StringComparer.Ordinal));
    }
}
