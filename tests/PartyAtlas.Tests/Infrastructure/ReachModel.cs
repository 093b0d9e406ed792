namespace PartyAtlas.Tests.Infrastructure;

/// <summary>
/// Expected reach computed straight from geodata/dialogues/*.csv (not from the SQL under test):
/// which countries are documented in which year, under the same filters as the API.
/// </summary>
public sealed class ReachModel
{
    public static readonly string[] Confirmed = ["spoke", "delegation", "attended", "watched_at_venue"];

    private readonly IReadOnlyList<IReadOnlyDictionary<string, string>> _participations = CsvFile.Read("participations.csv");

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Dialogues { get; } =
        CsvFile.Read("dialogues.csv").ToDictionary(d => d["id"]);

    public IEnumerable<int> Years => Enumerable.Range(2014, Dialogues.Values.Max(d => int.Parse(d["year"])) - 2013);

    /// <summary>Participation rows that count under the filters (absent never does).</summary>
    public IEnumerable<IReadOnlyDictionary<string, string>> Rows(string[]? evidence = null, string[]? series = null, string? dialogue = null) =>
        _participations.Where(p => p["evidence"] != "absent"
            && (evidence ?? Confirmed).Contains(p["evidence"])
            && (series is null || series.Contains(Dialogues[p["dialogue_id"]]["series"]))
            && (dialogue is null || p["dialogue_id"] == dialogue));

    public int YearOf(IReadOnlyDictionary<string, string> row) => int.Parse(Dialogues[row["dialogue_id"]]["year"]);

    public SortedSet<string> Documented(int year, string[]? evidence = null, string[]? series = null, string? dialogue = null) =>
        new(Rows(evidence, series, dialogue).Where(r => YearOf(r) == year).Select(r => r["iso3"]), StringComparer.Ordinal);

    public Dictionary<string, int> FirstYears(string[]? evidence = null, string[]? series = null) =>
        Rows(evidence, series).GroupBy(r => r["iso3"]).ToDictionary(g => g.Key, g => g.Min(YearOf));

    public Dictionary<string, int> LastYears(string[]? evidence = null, string[]? series = null) =>
        Rows(evidence, series).GroupBy(r => r["iso3"]).ToDictionary(g => g.Key, g => g.Max(YearOf));

    public IEnumerable<IReadOnlyDictionary<string, string>> ParticipationsOf(string iso3) => _participations.Where(p => p["iso3"] == iso3);
}
