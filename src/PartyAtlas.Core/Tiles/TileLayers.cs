namespace PartyAtlas.Core.Tiles;

public static class TileLayers
{
    public const int Extent = 4096;

    public static IReadOnlyList<TileLayer> All { get; } =
    [
        new("countries", "Every country and region (Natural Earth 1:50m): the base map.", 0, 8, [],
            new Dictionary<string, string>
            {
                ["iso3"] = "String", ["name_en"] = "String", ["name_zh"] = "String", ["kind"] = "String",
                ["un_region"] = "String", ["un_subregion"] = "String",
            }),
        new("reach", "Countries and regions with documented participation in the year's dialogues (confirmed evidence unless `evidence` widens it). Partial: see the coverage of /reach.", 0, 8,
            [TileFilter.RequiredYear, TileFilter.Series, TileFilter.Evidence],
            new Dictionary<string, string>
            {
                ["iso3"] = "String", ["name_en"] = "String", ["year"] = "Number", ["event_count"] = "Number", ["events"] = "String",
                ["party_count"] = "Number", ["documented_parties"] = "Number", ["strongest_evidence"] = "String", ["first_year"] = "Number", ["new"] = "Boolean",
                ["returning"] = "Boolean", ["source_count"] = "Number",
            }),
        new("reach_points", "Documented countries of the year smaller than 30,000 km², as points at their label point, for zooms 0–3 where their fills shrink to specks or drop out, and at every zoom the places that have only a point (no 1:50m shape); the reach layer's properties and filters.", 0, 8,
            [TileFilter.RequiredYear, TileFilter.Series, TileFilter.Evidence],
            new Dictionary<string, string>
            {
                ["iso3"] = "String", ["name_en"] = "String", ["year"] = "Number", ["event_count"] = "Number", ["events"] = "String",
                ["party_count"] = "Number", ["documented_parties"] = "Number", ["strongest_evidence"] = "String", ["first_year"] = "Number", ["new"] = "Boolean",
                ["returning"] = "Boolean", ["source_count"] = "Number",
            }),
        new("dialogues", "Dialogue events at their host cities.", 0, 8, [TileFilter.Year, TileFilter.Series],
            new Dictionary<string, string>
            {
                ["id"] = "String", ["name_en"] = "String", ["year"] = "Number", ["series"] = "String", ["format"] = "String",
                ["start_date"] = "String", ["host_city"] = "String", ["documented_countries"] = "Number",
                ["official_countries_low"] = "Number", ["official_countries_high"] = "Number",
            }),
        new("scopes", "The invited region of each regional event (its region groups' members, dissolved).", 0, 8,
            [TileFilter.Year, TileFilter.Dialogue],
            new Dictionary<string, string>
            {
                ["dialogue_id"] = "String", ["name_en"] = "String", ["year"] = "Number", ["groups"] = "String",
                ["member_count"] = "Number", ["documented_in_scope"] = "Number",
            }),
    ];

    public static TileLayer? Find(string id) => All.FirstOrDefault(l => l.Id == id);
}
