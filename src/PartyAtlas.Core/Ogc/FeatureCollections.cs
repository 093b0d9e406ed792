namespace PartyAtlas.Core.Ogc;

/// <summary>The collections PartyAtlas serves through OGC API – Features.</summary>
public static class FeatureCollections
{
    private static readonly CollectionFilter Year = new("year", FilterType.Integer, "Only this year.");
    private static readonly CollectionFilter Iso3 = new("iso3", FilterType.Text, "Only this country or region (ISO 3166-1 alpha-3 or documented user-assigned code).");
    private static readonly CollectionFilter UnRegion = new("un_region", FilterType.Text, "Only this UN region (Africa, Americas, Antarctica, Asia, Europe, Oceania).");
    private static readonly Queryable Name = Queryable.Property("name_en", FilterType.Text, "English name.");
    private static readonly Queryable NameZh = Queryable.Property("name_zh", FilterType.Text, "Chinese name.");
    private static readonly Queryable CountryName = Queryable.Property("country_name", FilterType.Text, "The country's or region's English name.");
    private static readonly CollectionFilter Series = new("series", FilterType.Text, "Only this series.", Import.ClosedLists.Series);

    public static IReadOnlyList<FeatureCollectionDefinition> All { get; } =
    [
        new("countries", "Countries and regions",
            "Every country and region (sovereign states, dependent territories, disputed or partially recognised entities) from Natural Earth 1:50m, with ISO codes, Chinese names and UN regions. No time: it matches every datetime.",
            Temporal: false,
            [
                Iso3,
                new("kind", FilterType.Text, "Only this kind.", Import.ClosedLists.CountryKinds),
                UnRegion,
                new("un_subregion", FilterType.Text, "Only this UN subregion (e.g. Eastern Africa)."),
            ]) { RowSource = "country_features",
                Properties = ["iso3", "iso2", "iso_numeric", "name_en", "name_zh", "kind", "sovereign_iso3", "un_region", "un_subregion", "code_source", "area_km2", "label_lon", "label_lat", "geometry_source"],
                MoreQueryables = [Name, NameZh, Queryable.Property("iso2", FilterType.Text, "ISO 3166-1 alpha-2 code."),
                    Queryable.Property("sovereign_iso3", FilterType.Text, "The sovereign state's code."),
                    Queryable.Property("area_km2", FilterType.Number, "Area in square kilometres.")] },
        new("participations", "Participation evidence",
            "One feature per participation row: a country or region at an event, with party, person, evidence type and source URLs, drawn with the country's geometry and timed by the event's start_date and end_date. Every evidence type is included (prospective, ambiguous and explicitly absent rows too): `confirmed` marks the four that count as reach. Every list is partial; silence is never absence.",
            Temporal: true,
            [
                Year,
                Iso3,
                new("evidence_type", FilterType.Text, "Only this evidence type.", Import.ClosedLists.EvidenceTypes),
                new("dialogue", FilterType.Text, "Only this event (its id, e.g. summit-2021)."),
                Series,
                new("confirmed", FilterType.Boolean, "true (or 1): only spoke, delegation, attended and watched_at_venue; false (or 0): only the others."),
            ]) { RowSource = "participation_features",
                Properties = ["id", "dialogue", "dialogue_name", "series", "year", "start_date", "end_date", "iso3", "country_name", "party", "person", "role", "evidence_type", "confirmed", "note", "source_ids", "source_url", "source_urls"],
                MoreQueryables = [CountryName, Queryable.Property("dialogue_name", FilterType.Text, "The event's English name."),
                    Queryable.Property("party", FilterType.Text, "The party or body named, as the source names it."),
                    Queryable.Property("person", FilterType.Text, "The person named."),
                    Queryable.Property("role", FilterType.Text, "The person's role."),
                    Queryable.Property("note", FilterType.Text, "The note on the row (context, caveats)."),
                    Queryable.Property("source_ids", FilterType.Text, "The ids of the sources, space-separated.")] },
        new("reach", "Documented reach by year",
            "One feature per country or region and year with confirmed participation evidence (spoke, delegation, attended, watched_at_venue), timed from 1 January to 31 December of that year: use start_date and end_date with QGIS's temporal controller. Documented reach is partial: compare with the official counts of /dialogues.",
            Temporal: true,
            [
                Year,
                Iso3,
                UnRegion,
                new("strongest_evidence", FilterType.Text, "Only rows whose strongest evidence is this type.", Import.ClosedLists.ConfirmedEvidence),
                new("new", FilterType.Boolean, "true: only the year a country was first documented."),
            ]) { RowSource = "reach_features",
                Properties = ["id", "iso3", "name_en", "un_region", "un_subregion", "year", "start_date", "end_date", "events", "event_count", "parties", "party_count", "party_ids", "documented_parties", "strongest_evidence", "first_year", "new", "source_count"],
                MoreQueryables = [Name, Queryable.Property("un_subregion", FilterType.Text, "UN subregion."),
                    Queryable.Property("events", FilterType.Text, "The events that year, '; '-separated."),
                    Queryable.Property("event_count", FilterType.Integer, "How many events that year."),
                    Queryable.Property("parties", FilterType.Text, "The parties named that year, '; '-separated."),
                    Queryable.Property("party_count", FilterType.Integer, "How many parties named that year."),
                    Queryable.Property("first_year", FilterType.Integer, "The first year with documented reach."),
                    Queryable.Property("source_count", FilterType.Integer, "How many sources.")] },
        new("dialogues", "Dialogue events",
            "One feature per event at its host city (Beijing for online events hosted from Beijing; no geometry where no host is stated), with dates, series, format and coverage figures.",
            Temporal: true,
            [
                Year,
                Series,
                new("format", FilterType.Text, "Only this format.", Import.ClosedLists.Formats),
                new("host_country", FilterType.Text, "Only events hosted in this country (ISO alpha-3)."),
            ]) { RowSource = "dialogue_features",
                Properties = ["id", "name_en", "name_zh", "series", "parent_id", "year", "start_date", "end_date", "date_precision", "format", "host_city", "host_country", "theme", "organisers", "documented_countries", "official_countries_low", "official_countries_high"], Order = ["start_date", "id"],
                MoreQueryables = [Name, NameZh, Queryable.Property("host_city", FilterType.Text, "The host city."),
                    Queryable.Property("parent_id", FilterType.Text, "The event this one is part of."),
                    Queryable.Property("date_precision", FilterType.Text, "How precise the dates are."),
                    Queryable.Property("documented_countries", FilterType.Integer, "Countries and regions named in the evidence."),
                    Queryable.Property("official_countries_low", FilterType.Integer, "Lowest official count of countries and regions."),
                    Queryable.Property("official_countries_high", FilterType.Integer, "Highest official count of countries and regions.")] },
        new("parties", "Party registry",
            "One feature per party, coalition, think tank or other body named in the participation evidence, drawn with its country's geometry (none for transnational organisations), with its names, aliases, affiliations, the events it was named at and its participation count. No time: it matches every datetime. The registry is as partial as the evidence.",
            Temporal: false,
            [
                Iso3,
                new("kind", FilterType.Text, "Only this kind.", Import.ClosedLists.PartyKinds),
            ]) { RowSource = "party_features",
                Properties = ["id", "iso3", "country_name", "name_en", "name_native", "abbreviation", "aliases", "kind", "partyfacts_id", "affiliations", "events", "participation_count", "source_ids"],
                MoreQueryables = [CountryName, Name, Queryable.Property("name_native", FilterType.Text, "The name in its own language."),
                    Queryable.Property("abbreviation", FilterType.Text, "The abbreviation."),
                    Queryable.Property("aliases", FilterType.Text, "Other names, ' | '-separated."),
                    Queryable.Property("partyfacts_id", FilterType.Integer, "Party Facts id (joins to ParlGov, V-Party, WhoGov)."),
                    Queryable.Property("affiliations", FilterType.Text, "International affiliations, space-separated."),
                    Queryable.Property("events", FilterType.Text, "The events it was named at, space-separated."),
                    Queryable.Property("participation_count", FilterType.Integer, "How many participation rows name it.")] },
    ];

    public static FeatureCollectionDefinition? Find(string id) => All.FirstOrDefault(c => c.Id == id);
}
