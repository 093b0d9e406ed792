using System.Text.Json.Nodes;
using PartyAtlas.Core.Import;

namespace PartyAtlas.Core.Release;

/// <summary>
/// The Frictionless Data Package descriptor of the release: one Table Schema per CSV — types, primary keys,
/// foreign keys and the closed lists as enums (from <see cref="ClosedLists"/>, the importer's own) — so a
/// reader (or frictionless-py, datapackage-js, R's frictionless) checks the files without our code.
/// </summary>
public static class DatasetPackage
{
    private sealed record Field(string Name, string Type, string Description, IReadOnlyList<string>? Enum = null, bool Required = false);

    private sealed record Table(string Name, string Description, Field[] Fields, string[] PrimaryKey, (string Field, string Resource, string Key)[] ForeignKeys);

    private static Field S(string name, string description, bool required = false) => new(name, "string", description, null, required);

    private static readonly Table[] Tables =
    [
        new("countries", "Countries and regions (Natural Earth 1:50m, ISO 3166-1): the key of every iso3 column.",
            [S("iso3", "ISO 3166-1 alpha-3, or a documented user-assigned code.", true), S("iso2", "ISO 3166-1 alpha-2."), S("name_en", "English name.", true),
             S("name_zh", "Chinese name."), new("kind", "string", "Sovereign, dependent or disputed.", ClosedLists.CountryKinds, true),
             S("sovereign_iso3", "The sovereign state's code."), S("un_region", "UN M49 region."), S("un_subregion", "UN M49 subregion."),
             new("code_source", "string", "Where the code comes from.", ClosedLists.CodeSources)],
            ["iso3"], []),
        new("sources", "Every source cited, with its URL.",
            [S("id", "Source id (S1 …).", true), S("url", "Where it is.", true), S("title", "Title."), S("publisher", "Publisher."), S("language", "Language."),
             S("report_date", "Date of the report as given."), S("note", "Note.")],
            ["id"], []),
        new("dialogues", "The events: the CPC's multilateral party dialogues, with dates, series, format and host.",
            [S("id", "Event id.", true), S("name_en", "English name.", true), S("name_zh", "Chinese name."),
             new("series", "string", "Series.", ClosedLists.Series, true), S("parent_id", "The event this is part of."),
             new("start_date", "date", "First day."), new("end_date", "date", "Last day."),
             new("date_precision", "string", "How precise the dates are.", ClosedLists.DatePrecisions),
             new("year", "integer", "Year.", null, true), new("format", "string", "Format.", ClosedLists.Formats),
             S("host_city", "Host city."), S("host_country", "Host country (iso3)."),
             new("host_lon", "number", "Host city longitude (WGS 84)."), new("host_lat", "number", "Host city latitude (WGS 84)."),
             S("theme", "Theme."), S("organisers", "Organisers, ;-separated."), S("notes", "Notes."), S("source_ids", "Sources, space-separated ids of sources.csv.")],
            ["id"], [("parent_id", "dialogues", "id"), ("host_country", "countries", "iso3")]),
        new("counts", "Official counts, one row per source and metric: ranges are kept per source, never averaged.",
            [S("dialogue_id", "Event.", true), new("metric", "string", "What is counted.", ClosedLists.Metrics, true),
             new("low", "integer", "Lowest figure."), new("high", "integer", "Highest figure."),
             new("qualifier", "string", "As the source words it.", ClosedLists.Qualifiers), S("source_id", "Source.", true), S("quote", "The source's words."), S("note", "Note.")],
            [], [("dialogue_id", "dialogues", "id"), ("source_id", "sources", "id")]),
        new("participations", "Documented participation: a country or region (and party or person) at an event, with its evidence type and sources. Every list is partial; silence is not absence.",
            [S("id", "Row id.", true), S("dialogue_id", "Event.", true), S("iso3", "Country or region.", true), S("party", "Party as the source names it."),
             S("party_id", "Parties, space-separated ids of parties.csv (a list, so not a declared foreign key)."), S("person", "Person named."), S("role", "The person's role."),
             new("evidence", "string", "Evidence type: spoke, delegation, attended and watched_at_venue count as reach.", ClosedLists.EvidenceTypes, true),
             S("source_ids", "Sources, space-separated ids of sources.csv.", true), S("note", "Note.")],
            ["id"], [("dialogue_id", "dialogues", "id"), ("iso3", "countries", "iso3")]),
        new("parties", "The party registry: parties, coalitions and other bodies named in the evidence, with Party Facts ids.",
            [S("id", "Party id.", true), S("iso3", "Country (none for transnational organisations)."), S("name_en", "English name.", true),
             S("name_native", "Name in its own language."), S("abbreviation", "Abbreviation."), S("aliases", "Other names, |-separated."),
             new("kind", "string", "Kind.", ClosedLists.PartyKinds, true), new("partyfacts_id", "integer", "Party Facts id (joins to ParlGov, V-Party, WhoGov)."),
             S("source_ids", "Sources, space-separated ids of sources.csv."), S("note", "Note.")],
            ["id"], [("iso3", "countries", "iso3")]),
        new("party_affiliations", "International affiliations of parties.",
            [S("party_id", "Party.", true), new("affiliation", "string", "Affiliation.", ClosedLists.Affiliations, true), S("source_id", "Source."), S("note", "Note.")],
            [], [("party_id", "parties", "id"), ("source_id", "sources", "id")]),
        new("region_groups", "Groups of countries that regional events invite.",
            [S("id", "Group id.", true), S("name", "Name.", true), S("description", "Description."), S("source_id", "Source.")],
            ["id"], [("source_id", "sources", "id")]),
        new("region_group_members", "Members of each region group.",
            [S("group_id", "Group.", true), S("iso3", "Country or region.", true)],
            ["group_id", "iso3"], [("group_id", "region_groups", "id"), ("iso3", "countries", "iso3")]),
        new("dialogue_scopes", "The region groups each regional event invites.",
            [S("dialogue_id", "Event.", true), S("group_id", "Group.", true), S("note", "Note.")],
            ["dialogue_id", "group_id"], [("dialogue_id", "dialogues", "id"), ("group_id", "region_groups", "id")]),
    ];

    /// <summary>The CSV files of the release, by table name (countries.csv is written from the database; the rest are the import's).</summary>
    public static IEnumerable<string> TableNames => Tables.Select(t => t.Name);

    public static JsonObject Descriptor(string version, string imported)
    {
        return new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "partyatlas",
            ["title"] = "PartyAtlas: the documented reach of the CPC's multilateral party dialogues",
            ["description"] = "Countries, regions and parties documented at the Chinese Communist Party's multilateral dialogues with world political parties (2014 onwards), with the evidence type and sources of every row and the official counts per source. Every list is partial: silence is not absence.",
            ["version"] = version,
            ["created"] = imported,
            ["homepage"] = "https://github.com/partyatlas/partyatlas",
            ["licenses"] = new JsonArray(new JsonObject { ["name"] = "CC-BY-4.0", ["path"] = "https://creativecommons.org/licenses/by/4.0/", ["title"] = "Creative Commons Attribution 4.0" }),
            ["sources"] = new JsonArray(new JsonObject { ["title"] = "Public reports, one per row (sources.csv)" }, new JsonObject { ["title"] = "Natural Earth (public domain)", ["path"] = "https://www.naturalearthdata.com/" }),
            ["resources"] = new JsonArray([.. Tables.Select(Resource)]),
        };
    }

    private static JsonNode Resource(Table table)
    {
        var schema = new JsonObject
        {
            ["fields"] = new JsonArray([.. table.Fields.Select(f =>
            {
                var field = new JsonObject { ["name"] = f.Name, ["type"] = f.Type, ["description"] = f.Description };
                var constraints = new JsonObject();
                if (f.Required)
                {
                    constraints["required"] = true;
                }

                if (f.Enum is { } values)
                {
                    constraints["enum"] = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]);
                }

                if (constraints.Count > 0)
                {
                    field["constraints"] = constraints;
                }

                return (JsonNode)field;
            })]),
            ["missingValues"] = new JsonArray(""),
        };
        if (table.PrimaryKey.Length > 0)
        {
            schema["primaryKey"] = table.PrimaryKey.Length == 1 ? table.PrimaryKey[0] : new JsonArray([.. table.PrimaryKey.Select(k => (JsonNode)JsonValue.Create(k)!)]);
        }

        if (table.ForeignKeys.Length > 0)
        {
            schema["foreignKeys"] = new JsonArray([.. table.ForeignKeys.Select(fk => (JsonNode)new JsonObject
            {
                ["fields"] = fk.Field,
                // A table's own key is referenced with an empty resource name (Table Schema).
                ["reference"] = new JsonObject { ["resource"] = fk.Resource == table.Name ? "" : fk.Resource, ["fields"] = fk.Key },
            })]);
        }

        return new JsonObject
        {
            ["name"] = table.Name,
            ["path"] = $"data/{table.Name}.csv",
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            // Said, not sniffed: a sniffer guessing from a sample takes the aliases' " | " for the delimiter.
            ["dialect"] = new JsonObject { ["delimiter"] = ",", ["quoteChar"] = "\"", ["doubleQuote"] = true, ["header"] = true, ["lineTerminator"] = "\n" },
            ["description"] = table.Description,
            ["schema"] = schema,
        };
    }
}
