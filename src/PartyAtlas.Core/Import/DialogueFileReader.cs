using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;

namespace PartyAtlas.Core.Import;

/// <summary>
/// Reads geodata/dialogues/*.csv and cross-checks them: every id a row refers to
/// (country, event, source, group, party) must exist, keys must be unique, dates in order.
/// </summary>
public static partial class DialogueFileReader
{
    public const string Folder = "dialogues";

    public static readonly IReadOnlyDictionary<string, string[]> Headers = new Dictionary<string, string[]>
    {
        ["sources.csv"] = ["id", "url", "title", "publisher", "language", "report_date", "note"],
        ["dialogues.csv"] = ["id", "name_en", "name_zh", "series", "parent_id", "start_date", "end_date", "date_precision", "year", "format",
            "host_city", "host_country", "host_lon", "host_lat", "theme", "organisers", "notes", "source_ids"],
        ["counts.csv"] = ["dialogue_id", "metric", "low", "high", "qualifier", "source_id", "quote", "note"],
        ["participations.csv"] = ["id", "dialogue_id", "iso3", "party", "party_id", "person", "role", "evidence", "source_ids", "note"],
        ["region_groups.csv"] = ["id", "name", "description", "source_id"],
        ["region_group_members.csv"] = ["group_id", "iso3"],
        ["dialogue_scopes.csv"] = ["dialogue_id", "group_id", "note"],
        ["parties.csv"] = PartyFileReader.PartiesHeader,
        ["party_affiliations.csv"] = PartyFileReader.AffiliationsHeader,
    };

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static Dataset Read(
        IReadOnlyList<CountryRecord> countries, Func<string, byte[]?> readFile, ProblemList problems)
    {
        var tables = Headers.ToDictionary(h => h.Key, h => Table(h.Key, h.Value, readFile, problems));
        var countryCodes = countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);

        var sources = Unique(tables["sources.csv"], "id", ReadSource);
        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var dialogues = Unique(tables["dialogues.csv"], "id", row => ReadDialogue(row, countryCodes, sourceIds));
        var dialogueIds = dialogues.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var row in tables["dialogues.csv"].Rows)
        {
            if (row.Optional("parent_id") is { } parent && (!dialogueIds.Contains(parent) || parent == row.Optional("id")))
            {
                row.Problem("parent_id", $"unknown event '{parent}'");
            }
        }

        var counts = Unique(tables["counts.csv"], r => $"{r.Optional("dialogue_id")}/{r.Optional("metric")}/{r.Optional("source_id")}",
            "dialogue_id+metric+source_id", row => ReadCount(row, dialogueIds, sourceIds));
        var parties = PartyFileReader.ReadParties(tables["parties.csv"], countryCodes, sourceIds);
        var partyCountries = parties.ToDictionary(p => p.Id, p => p.Iso3, StringComparer.Ordinal);
        var affiliations = PartyFileReader.ReadAffiliations(tables["party_affiliations.csv"], partyCountries.Keys.ToHashSet(StringComparer.Ordinal), sourceIds);
        var participations = Unique(tables["participations.csv"], "id", row => ReadParticipation(row, dialogueIds, countryCodes, sourceIds, partyCountries));
        var groups = Unique(tables["region_groups.csv"], "id", row => ReadGroup(row, sourceIds));
        var groupIds = groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var members = Unique(tables["region_group_members.csv"], r => $"{r.Optional("group_id")}/{r.Optional("iso3")}", "group_id+iso3",
            row => new RegionGroupMemberRecord(Known(row, "group_id", groupIds, "region group"), Known(row, "iso3", countryCodes, "country code")));
        var scopes = Unique(tables["dialogue_scopes.csv"], r => $"{r.Optional("dialogue_id")}/{r.Optional("group_id")}", "dialogue_id+group_id",
            row => new DialogueScopeRecord(Known(row, "dialogue_id", dialogueIds, "event"), Known(row, "group_id", groupIds, "region group"), row.Optional("note")));

        return new Dataset(countries, sources, dialogues, counts, participations, groups, members, scopes, parties, affiliations);
    }

    private static CsvTable Table(string name, string[] header, Func<string, byte[]?> readFile, ProblemList problems)
    {
        var path = $"{Folder}/{name}";
        var bytes = readFile(path);
        if (bytes is null)
        {
            problems.Add(path, null, null, "file is missing");
            return CsvTable.Parse(path, "\n"u8.ToArray(), header, new ProblemList());
        }

        return CsvTable.Parse(path, bytes, header, problems);
    }

    private static SourceRecord ReadSource(CsvRow row)
    {
        var id = row.Required("id");
        if (id.Length > 0 && !SourceId().IsMatch(id))
        {
            row.Problem("id", $"'{id}' is not a source id (letters and digits, e.g. S14)");
        }

        var url = row.Required("url");
        if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 && !url.Contains(' ', StringComparison.Ordinal)))
        {
            row.Problem("url", $"'{url}' is not an http(s) URL");
        }

        var date = row.Optional("report_date");
        if (date is not null && !PartialDate().IsMatch(date))
        {
            row.Problem("report_date", $"'{date}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }

        return new SourceRecord(id, url, row.Optional("title"), row.Optional("publisher"), row.Optional("language"), date, row.Optional("note"));
    }

    private static DialogueRecord ReadDialogue(CsvRow row, IReadOnlySet<string> countries, IReadOnlySet<string> sources)
    {
        var id = row.Required("id");
        if (id.Length > 0 && !Slug().IsMatch(id))
        {
            row.Problem("id", $"'{id}' is not a slug (lower-case letters, digits and hyphens)");
        }

        var start = row.Date("start_date");
        var end = row.Date("end_date");
        if (start is { } s && end is { } e && e < s)
        {
            row.Problem("end_date", $"{e:yyyy-MM-dd} is before start_date {s:yyyy-MM-dd}");
        }

        var year = row.Int("year", 1900, 2100);
        if (year is { } y && start is { } s2 && y != s2.Year)
        {
            row.Problem("year", $"{y} does not match start_date {s2:yyyy-MM-dd}");
        }

        var hostCountry = row.Optional("host_country");
        if (hostCountry is not null && !countries.Contains(hostCountry))
        {
            row.Problem("host_country", $"unknown country code '{hostCountry}'");
        }

        var lon = row.Double("host_lon", -180, 180);
        var lat = row.Double("host_lat", -90, 90);
        if ((row.Optional("host_lon") is null) != (row.Optional("host_lat") is null))
        {
            row.Problem("host_lat", "host_lon and host_lat go together");
        }

        var sourceIds = row.IdList("source_ids", sources, "source");
        if (row.Optional("source_ids") is null)
        {
            row.Problem("source_ids", "every event needs at least one source");
        }

        return new DialogueRecord(id, row.Required("name_en"), row.Optional("name_zh"), row.OneOf("series", ClosedLists.Series) ?? "",
            row.Optional("parent_id"), start ?? default, end ?? default, row.OneOf("date_precision", ClosedLists.DatePrecisions) ?? "",
            year ?? 0, row.OneOf("format", ClosedLists.Formats, required: false), row.Optional("host_city"), hostCountry,
            lon is { } x && lat is { } yy ? Factory.CreatePoint(new Coordinate(x, yy)) : null,
            row.Optional("theme"), row.Optional("organisers"), row.Optional("notes"), sourceIds);
    }

    private static CountRecord ReadCount(CsvRow row, IReadOnlySet<string> dialogues, IReadOnlySet<string> sources)
    {
        var low = row.Int("low", 0, 10_000_000);
        var high = row.Int("high", 0, 10_000_000);
        if (low is { } l && high is { } h && l > h)
        {
            row.Problem("high", $"low {l} is greater than high {h}");
        }

        return new CountRecord(Known(row, "dialogue_id", dialogues, "event"), row.OneOf("metric", ClosedLists.Metrics) ?? "",
            low ?? 0, high ?? 0, row.OneOf("qualifier", ClosedLists.Qualifiers) ?? "", Known(row, "source_id", sources, "source"),
            row.Optional("quote"), row.Optional("note"));
    }

    private static ParticipationRecord ReadParticipation(
        CsvRow row, IReadOnlySet<string> dialogues, IReadOnlySet<string> countries, IReadOnlySet<string> sources,
        IReadOnlyDictionary<string, string?> partyCountries)
    {
        var dialogue = Known(row, "dialogue_id", dialogues, "event");
        var iso3 = Known(row, "iso3", countries, "country code");
        var id = row.Required("id");
        if (id.Length > 0 && !(ParticipationId().IsMatch(id) && id.StartsWith($"{row.Optional("dialogue_id")}.{row.Optional("iso3")}.", StringComparison.Ordinal)))
        {
            row.Problem("id", $"'{id}' is not '<dialogue_id>.<iso3>.<n>' for this row");
        }

        var sourceIds = row.IdList("source_ids", sources, "source");
        if (row.Optional("source_ids") is null)
        {
            row.Problem("source_ids", "every participation needs at least one source");
        }

        // One id, or several space-separated when one report names several parties (a joint delegation).
        var partyIds = (row.Optional("party_id") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var partyId in partyIds)
        {
            if (!partyCountries.TryGetValue(partyId, out var country))
            {
                row.Problem("party_id", $"unknown party '{partyId}'");
            }
            else if (country is not null && iso3.Length > 0 && country != iso3)
            {
                // Only transnational organisations (no country) may be reported under another country's row.
                row.Problem("party_id", $"party '{partyId}' is of country {country}, not {iso3}");
            }
        }

        return new ParticipationRecord(id, dialogue, iso3, row.Optional("party"), partyIds, row.Optional("person"), row.Optional("role"),
            row.OneOf("evidence", ClosedLists.EvidenceTypes) ?? "", sourceIds, row.Optional("note"));
    }

    private static RegionGroupRecord ReadGroup(CsvRow row, IReadOnlySet<string> sources)
    {
        var id = row.Required("id");
        if (id.Length > 0 && !Slug().IsMatch(id))
        {
            row.Problem("id", $"'{id}' is not a slug (lower-case letters, digits and hyphens)");
        }

        return new RegionGroupRecord(id, row.Required("name"), row.Optional("description"), Known(row, "source_id", sources, "source"));
    }

    internal static string Known(CsvRow row, string column, IReadOnlySet<string> known, string what)
    {
        var value = row.Required(column);
        if (value.Length > 0 && !known.Contains(value))
        {
            row.Problem(column, $"unknown {what} '{value}'");
        }

        return value;
    }

    internal static List<T> Unique<T>(CsvTable table, string keyColumn, Func<CsvRow, T> read) =>
        Unique(table, r => r.Optional(keyColumn), keyColumn, read);

    internal static List<T> Unique<T>(CsvTable table, Func<CsvRow, string?> key, string keyName, Func<CsvRow, T> read)
    {
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        var records = new List<T>();
        foreach (var row in table.Rows)
        {
            var record = read(row);
            if (key(row) is not { } k)
            {
                continue;
            }

            if (firstLine.TryGetValue(k, out var line))
            {
                row.Problem(keyName.Split('+')[0], $"duplicate key {keyName} = '{k}' (first on line {line})");
                continue;
            }

            firstLine[k] = row.Line;
            records.Add(record);
        }

        return records;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    private static partial Regex SourceId();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex PartialDate();

    [GeneratedRegex(@"^[a-z0-9-]+\.[A-Z]{3}\.[0-9]+$")]
    private static partial Regex ParticipationId();
}
