using System.Text.Json.Nodes;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Reach;
using PartyAtlas.Core.Tiles;

namespace PartyAtlas.Api.Tiles;

/// <summary>A ready MapLibre style of documented reach: the countries layer is its own base map, so it needs no internet.</summary>
public static class StyleEndpoint
{
    /// <summary>Evidence types strongest first, each with its fill colour (a sequential red scale; others grey).</summary>
    public static readonly (string Evidence, string Colour)[] EvidenceColours =
    [
        ("spoke", "#99000d"), ("delegation", "#cb181d"), ("attended", "#ef3b2c"), ("watched_at_venue", "#fb6a4a"),
        ("side_event", "#9e9ac8"), ("message_only", "#bcbddc"), ("ambiguous", "#d9d9d9"), ("prospective", "#f0f0f0"),
    ];

    /// <summary>
    /// Classes of documented parties per country (lower bounds, each up to the next one): a viridis ramp, light to dark,
    /// whose lightness rises monotonically, so it reads in red-green and blue-yellow colour-vision deficiencies and in grey.
    /// The first class (0) is documented participation that names no party.
    /// </summary>
    public static readonly (int AtLeast, string Colour)[] PartyClasses =
    [
        (0, "#d9d9d9"), (1, "#fde725"), (2, "#5ec962"), (3, "#21918c"), (5, "#3b528b"),
    ];

    public static async Task<JsonText<JsonObject>> GetReachStyle(
        [AsParameters] StyleRequest request, HttpRequest http, ReachQueries reach, CancellationToken ct)
    {
        var year = request.Year ?? await reach.LatestYearAsync(ct) ?? new Year(DateTime.UtcNow.Year);

        JsonObject Source(string layer, TileFilterValues filters)
        {
            var tileLayer = TileLayers.Find(layer)!;
            return new JsonObject
            {
                ["type"] = "vector",
                ["tiles"] = new JsonArray(TileJsonWriter.TileUrl(tileLayer, http, filters)),
                ["minzoom"] = tileLayer.MinZoom,
                ["maxzoom"] = tileLayer.MaxZoom,
                ["attribution"] = TileJsonWriter.Attribution,
            };
        }

        var fill = new JsonArray("match", new JsonArray("get", "strongest_evidence"));
        foreach (var (code, colour) in EvidenceColours)
        {
            fill.Add(code);
            fill.Add(colour);
        }

        fill.Add("#cccccc");

        // The party registry's count when the features carry it, else the count of distinct party names.
        var parties = new JsonArray("step",
            new JsonArray("coalesce", new JsonArray("get", "documented_parties"), new JsonArray("get", "party_count"), 0), PartyClasses[0].Colour);
        foreach (var (atLeast, colour) in PartyClasses.Skip(1))
        {
            parties.Add(atLeast);
            parties.Add(colour);
        }

        var style = new JsonObject
        {
            ["version"] = 8,
            ["name"] = $"PartyAtlas – documented reach {year}",
            ["metadata"] = new JsonObject { ["partyatlas:year"] = year.Value, ["partyatlas:note"] = "Documented participation is partial: no official roster exists." },
            ["center"] = new JsonArray(60, 20),
            ["zoom"] = 1,
            ["sources"] = new JsonObject
            {
                ["countries"] = Source("countries", new TileFilterValues(null, null, null, null)),
                ["reach"] = Source("reach", new TileFilterValues(year, request.Series, request.Evidence, null)),
                ["reach_points"] = Source("reach_points", new TileFilterValues(year, request.Series, request.Evidence, null)),
                ["dialogues"] = Source("dialogues", new TileFilterValues(year, request.Series, null, null)),
            },
            ["layers"] = new JsonArray(
                Layer("background", "background", null, new JsonObject { ["background-color"] = "#dde8f0" }),
                Layer("countries", "fill", "countries", new JsonObject { ["fill-color"] = "#f3f1ec" }),
                Layer("reach", "fill", "reach", new JsonObject { ["fill-color"] = fill, ["fill-opacity"] = 0.9 }),
                Layer("reach-parties", "fill", "reach", new JsonObject { ["fill-color"] = parties, ["fill-opacity"] = 0.9 }, visible: false),
                Layer("countries-outline", "line", "countries", new JsonObject { ["line-color"] = "#8d8a83", ["line-width"] = 0.5 }),
                // Small documented countries (under 30,000 km²) as dots where their fills are specks: zooms 0–3.
                Layer("reach-points", "circle", "reach_points", new JsonObject
                {
                    ["circle-radius"] = 4, ["circle-color"] = fill.DeepClone(), ["circle-stroke-color"] = "#333333", ["circle-stroke-width"] = 0.75,
                }),
                Layer("dialogues", "circle", "dialogues", new JsonObject
                {
                    ["circle-radius"] = 5, ["circle-color"] = "#08306b", ["circle-stroke-color"] = "#ffffff", ["circle-stroke-width"] = 1.5,
                })),
        };
        return new JsonText<JsonObject>(style.ToJsonString());
    }

    private static JsonObject Layer(string id, string type, string? source, JsonObject paint, bool visible = true, int? maxZoom = null)
    {
        var layer = new JsonObject { ["id"] = id, ["type"] = type };
        if (source is not null)
        {
            layer["source"] = source;
            layer["source-layer"] = source;
        }

        if (maxZoom is { } max)
        {
            layer["maxzoom"] = max;
        }

        if (!visible)
        {
            layer["layout"] = new JsonObject { ["visibility"] = "none" };
        }

        layer["paint"] = paint;
        return layer;
    }
}
