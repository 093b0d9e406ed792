using System.Globalization;
using System.Text.RegularExpressions;

namespace PartyAtlas.Core.Import;

/// <summary>
/// Reads parties.csv (the registry of parties named in the evidence) and party_affiliations.csv.
/// An alias is how a source printed the party, so it must point at one party only: aliases are
/// unique across the file, ignoring case, and never the English name of another party of the same
/// country (or of a transnational one): "Democratic Party" may name a party in Italy and be the
/// reported wording of one in the United States.
/// </summary>
internal static partial class PartyFileReader
{
    public static readonly string[] PartiesHeader =
        ["id", "iso3", "name_en", "name_native", "abbreviation", "aliases", "kind", "partyfacts_id", "source_ids", "note"];

    public static readonly string[] AffiliationsHeader = ["party_id", "affiliation", "source_id", "note"];

    /// <summary>How aliases are joined in one cell.</summary>
    public const string AliasSeparator = " | ";

    /// <summary>The id prefix of transnational organisations, which have no country.</summary>
    public const string Transnational = "INT";

    public static List<PartyRecord> ReadParties(CsvTable table, IReadOnlySet<string> countries, IReadOnlySet<string> sources)
    {
        var parties = DialogueFileReader.Unique(table, "id", row => ReadParty(row, countries, sources));
        CheckAliases(table);
        return parties;
    }

    public static List<PartyAffiliationRecord> ReadAffiliations(CsvTable table, IReadOnlySet<string> parties, IReadOnlySet<string> sources) =>
        DialogueFileReader.Unique(table, r => $"{r.Optional("party_id")}/{r.Optional("affiliation")}/{r.Optional("source_id")}",
            "party_id+affiliation+source_id",
            row => new PartyAffiliationRecord(
                DialogueFileReader.Known(row, "party_id", parties, "party"), row.OneOf("affiliation", ClosedLists.Affiliations) ?? "",
                DialogueFileReader.Known(row, "source_id", sources, "source"), row.Optional("note")));

    public static IReadOnlyList<string> Aliases(string? cell) =>
        (cell ?? "").Split(AliasSeparator.Trim(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static PartyRecord ReadParty(CsvRow row, IReadOnlySet<string> countries, IReadOnlySet<string> sources)
    {
        var id = row.Required("id");
        var iso3 = row.Optional("iso3");
        if (id.Length > 0 && !PartyId().IsMatch(id))
        {
            row.Problem("id", $"'{id}' is not a party id (the country's ISO3, then hyphen-separated upper-case letters or digits, e.g. NPL-CPNUML)");
        }
        else if (id.Length > 0)
        {
            var prefix = id[..3];
            if (prefix == Transnational && iso3 is not null)
            {
                row.Problem("iso3", $"'{id}' is a transnational organisation (INT-…), so iso3 must be empty");
            }
            else if (prefix != Transnational && prefix != iso3)
            {
                row.Problem("id", $"the id's prefix '{prefix}' is not the row's iso3 '{iso3}' (INT- for transnational organisations)");
            }
        }

        if (iso3 is not null && !countries.Contains(iso3))
        {
            row.Problem("iso3", $"unknown country code '{iso3}'");
        }

        var partyfacts = row.Optional("partyfacts_id");
        int? partyfactsId = null;
        if (partyfacts is not null)
        {
            if (int.TryParse(partyfacts, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                partyfactsId = number;
            }
            else
            {
                row.Problem("partyfacts_id", $"'{partyfacts}' is not a Party Facts id (a positive whole number)");
            }
        }

        return new PartyRecord(id, iso3, row.Required("name_en"), row.Optional("name_native"), row.Optional("abbreviation"),
            Aliases(row.Optional("aliases")), row.OneOf("kind", ClosedLists.PartyKinds) ?? "", partyfactsId,
            row.IdList("source_ids", sources, "source"), row.Optional("note"));
    }

    private static void CheckAliases(CsvTable table)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            if (row.Optional("name_en") is { } name && row.Optional("id") is { } id)
            {
                names.TryAdd(NameKey(row.Optional("iso3"), name), id);
            }
        }

        var firstLine = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var id = row.Optional("id");
            foreach (var alias in Aliases(row.Optional("aliases")).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (firstLine.TryGetValue(alias, out var line))
                {
                    row.Problem("aliases", $"duplicate alias '{alias}' (first on line {line}; aliases are unique, ignoring case)");
                    continue;
                }

                firstLine[alias] = row.Line;
                if ((names.TryGetValue(NameKey(row.Optional("iso3"), alias), out var other) || names.TryGetValue(NameKey(null, alias), out other))
                    && other != id)
                {
                    row.Problem("aliases", $"alias '{alias}' is the name_en of party '{other}'");
                }
            }
        }
    }

    private static string NameKey(string? iso3, string name) => $"{iso3}/{name}";

    [GeneratedRegex("^[A-Z]{3}(-[A-Z0-9]+)+$")]
    private static partial Regex PartyId();
}
