using Npgsql;
using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Dialogues;

/// <summary>The shipped dialogue files arrive whole, and the database keeps their honesty rules.</summary>
public sealed class DatasetImportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private string Db => api.Database.ConnectionString;

    [Theory]
    [InlineData("sources.csv", "SELECT id FROM sources", "id")]
    [InlineData("dialogues.csv", "SELECT id FROM dialogues", "id")]
    [InlineData("participations.csv", "SELECT id FROM participations", "id")]
    [InlineData("region_groups.csv", "SELECT id FROM region_groups", "id")]
    [InlineData("counts.csv", "SELECT dialogue_id || '/' || metric || '/' || source_id || '/' || low || '/' || high || '/' || qualifier FROM official_counts", "dialogue_id/metric/source_id/low/high/qualifier")]
    [InlineData("region_group_members.csv", "SELECT group_id || '/' || iso3 FROM region_group_members", "group_id/iso3")]
    [InlineData("dialogue_scopes.csv", "SELECT dialogue_id || '/' || group_id FROM dialogue_scopes", "dialogue_id/group_id")]
    public async Task Every_row_of_a_shipped_file_arrived(string file, string sql, string key)
    {
        var expected = CsvFile.Read(file).Select(r => string.Join('/', key.Split('/').Select(k => r[k]))).Order(StringComparer.Ordinal);

        var actual = (await DatabaseState.ColumnAsync(Db, sql)).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Every_participation_arrived_with_its_evidence_and_every_cited_source()
    {
        var expected = CsvFile.Read("participations.csv")
            .Select(r => $"{r["id"]}|{r["iso3"]}|{r["evidence"]}|{string.Join(' ', r["source_ids"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal);

        var actual = (await DatabaseState.ColumnAsync(Db, """
            SELECT p.id || '|' || p.iso3 || '|' || p.evidence || '|' || string_agg(ps.source_id, ' ' ORDER BY ps.source_id COLLATE "C")
            FROM participations p JOIN participation_sources ps ON ps.participation_id = p.id GROUP BY p.id
            """)).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task No_participation_event_or_count_is_without_a_source()
    {
        var unsourced = await DatabaseState.ScalarAsync<long>(Db, """
            SELECT (SELECT count(*) FROM participations p WHERE NOT EXISTS (SELECT 1 FROM participation_sources s WHERE s.participation_id = p.id))
                 + (SELECT count(*) FROM dialogues d WHERE NOT EXISTS (SELECT 1 FROM dialogue_sources s WHERE s.dialogue_id = d.id))
                 + (SELECT count(*) FROM official_counts WHERE source_id IS NULL)
            """);

        Assert.Equal(0L, unsourced);
    }

    [Fact]
    public async Task The_database_refuses_a_participation_without_a_source_at_commit()
    {
        await using var connection = new NpgsqlConnection(Db);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO participations (id, dialogue_id, iso3, evidence) VALUES ('hlm-2017.FRA.99', 'hlm-2017', 'FRA', 'attended')", connection, tx))
        {
            await insert.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<PostgresException>(() => tx.CommitAsync());

        Assert.Contains("has no source", error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_closed_evidence_list_is_the_same_in_code_and_database()
    {
        var inDatabase = await DatabaseState.ColumnAsync(Db, "SELECT code FROM evidence_types ORDER BY strength DESC");
        var confirmed = await DatabaseState.ColumnAsync(Db, "SELECT code FROM evidence_types WHERE confirmed ORDER BY strength DESC");

        Assert.Equal(ClosedLists.EvidenceTypes, inDatabase);
        Assert.Equal(ClosedLists.ConfirmedEvidence, confirmed);
    }

    [Fact]
    public async Task Summit_2021_was_online_on_6_July_with_160_countries_and_500_parties_among_its_counts()
    {
        var dialogue = await DatabaseState.ScalarAsync<string>(Db,
            "SELECT format || ' ' || start_date || ' ' || end_date || ' ' || year FROM dialogues WHERE id = 'summit-2021'");
        var counts = await DatabaseState.ColumnAsync(Db, "SELECT metric || '=' || low FROM official_counts WHERE dialogue_id = 'summit-2021'");
        var documented = await DatabaseState.ScalarAsync<int>(Db, "SELECT documented_countries FROM dialogue_coverage WHERE dialogue_id = 'summit-2021'");

        Assert.Equal("online 2021-07-06 2021-07-06 2021", dialogue);
        Assert.Contains("countries=160", counts);
        Assert.Contains("parties=500", counts);
        Assert.True(documented >= 20, $"only {documented} documented countries");
    }

    [Fact]
    public async Task Hlm_2017_ran_30_November_to_3_December_in_Beijing_and_keeps_its_differing_party_counts()
    {
        var dialogue = await DatabaseState.ScalarAsync<string>(Db,
            "SELECT host_city || ' ' || start_date || ' ' || end_date FROM dialogues WHERE id = 'hlm-2017'");
        var partyFigures = await DatabaseState.ColumnAsync(Db,
            "SELECT DISTINCT low || '-' || high || ' ' || qualifier FROM official_counts WHERE dialogue_id = 'hlm-2017' AND metric = 'parties'");

        Assert.Equal("Beijing 2017-11-30 2017-12-03", dialogue);
        Assert.Contains("300-300 nearly", partyFigures);
        Assert.Contains("200-200 over", partyFigures);
    }

    [Fact]
    public async Task The_explicit_2017_absences_are_absent_and_never_count_as_documented()
    {
        var absent = await DatabaseState.ColumnAsync(Db,
            "SELECT DISTINCT iso3 FROM participations WHERE dialogue_id = 'hlm-2017' AND evidence = 'absent' ORDER BY iso3");
        var prkCounted = await DatabaseState.ScalarAsync<long>(Db, """
            SELECT count(*) FROM participations p JOIN evidence_types e ON e.code = p.evidence
            WHERE p.dialogue_id = 'hlm-2017' AND p.iso3 = 'PRK' AND e.confirmed
            """);

        Assert.Contains("PRK", absent);
        Assert.Contains("GBR", absent);
        Assert.Contains("IRL", absent);
        Assert.Equal(0L, prkCounted);
    }

    [Fact]
    public async Task Coverage_of_each_event_is_documented_countries_over_every_official_country_figure()
    {
        var participations = CsvFile.Read("participations.csv");
        var counts = CsvFile.Read("counts.csv");
        foreach (var dialogue in CsvFile.Read("dialogues.csv").Select(d => d["id"]))
        {
            var documented = participations.Where(p => p["dialogue_id"] == dialogue && ClosedLists.ConfirmedEvidence.Contains(p["evidence"]))
                .Select(p => p["iso3"]).Distinct().Count();
            var figures = counts.Where(c => c["dialogue_id"] == dialogue && c["metric"] == "countries").ToArray();

            var row = await DatabaseState.ScalarAsync<string>(Db, """
                SELECT documented_countries || ' ' || coalesce(official_countries_low::text, '-') || ' ' || coalesce(official_countries_high::text, '-')
                FROM dialogue_coverage WHERE dialogue_id = $1
                """, dialogue);

            var expected = figures.Length == 0
                ? $"{documented} - -"
                : $"{documented} {figures.Min(f => int.Parse(f["low"]))} {figures.Max(f => int.Parse(f["high"]))}";
            Assert.Equal(expected, row);
        }
    }
}
