using System.Text.Json.Nodes;
using PartyAtlas.Api.Maps;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Reach;
using PartyAtlas.Core.Tiles;

namespace PartyAtlas.Api.Tiles;

/// <summary>A ready MapLibre style of documented reach: the countries layer is its own base map, so it needs no internet.</summary>
public static class StyleEndpoint
{
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
        foreach (var (code, colour) in Palette.Evidence)
        {
            fill.Add(code);
            fill.Add(colour);
        }

        fill.Add(Palette.Unmatched);

        // The party registry's count when the features carry it, else the count of distinct party names.
        var parties = new JsonArray("step",
            new JsonArray("coalesce", new JsonArray("get", "documented_parties"), new JsonArray("get", "party_count"), 0), Palette.PartyClasses[0].Colour);
        foreach (var (atLeast, colour) in Palette.PartyClasses.Skip(1))
        {
            parties.Add(atLeast);
            parties.Add(colour);
        }

        var style = new JsonObject
        {
            ["version"] = 8,
            ["name"] = $"PartyAtlas – documented reach {year}",
            ["metadata"] = new JsonObject
            {
                ["partyatlas:year"] = year.Value,
                ["partyatlas:note"] = "Documented participation is partial: no official roster exists.",
                ["partyatlas:palette"] = ViewerPalette(),
            },
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
                Layer("background", "background", null, new JsonObject { ["background-color"] = Palette.Sea }),
                Layer("countries", "fill", "countries", new JsonObject { ["fill-color"] = Palette.Land }),
                Layer("reach", "fill", "reach", new JsonObject { ["fill-color"] = fill, ["fill-opacity"] = 0.9 }),
                Layer("reach-parties", "fill", "reach", new JsonObject { ["fill-color"] = parties, ["fill-opacity"] = 0.9 }, visible: false),
                Layer("countries-outline", "line", "countries", new JsonObject { ["line-color"] = Palette.Outline, ["line-width"] = 0.5 }),
                // Small documented countries (under 30,000 km²) as dots where their fills are specks: zooms 0–3.
                Layer("reach-points", "circle", "reach_points", new JsonObject
                {
                    ["circle-radius"] = 4, ["circle-color"] = fill.DeepClone(), ["circle-stroke-color"] = Palette.SmallPlace.Core, ["circle-stroke-width"] = 0.75,
                }),
                Layer("dialogues", "circle", "dialogues", new JsonObject
                {
                    ["circle-radius"] = 5, ["circle-color"] = Palette.DialogueVenue.Core, ["circle-stroke-color"] = Palette.DialogueVenue.Casing, ["circle-stroke-width"] = 1.5,
                })),
        };
        return new JsonText<JsonObject>(style.ToJsonString());
    }

    // The colours of what the viewer adds to the style (compare, the party highlight, hover, its chart), so that
    // every colour on the page comes from Palette, the one place the colour-vision check covers.
    private static JsonObject ViewerPalette() => new()
    {
        ["changes"] = new JsonObject(Palette.Changes.Select(c => KeyValuePair.Create(c.Change, (JsonNode?)c.Colour))),
        ["highlight"] = new JsonObject { ["core"] = Palette.PartyHighlight.Core, ["casing"] = Palette.PartyHighlight.Casing },
        ["hover"] = Palette.Hover,
        ["unmatched"] = Palette.Unmatched,
        ["chart"] = new JsonObject { ["documented"] = Palette.ChartCountries, ["official"] = Palette.ChartOfficial },
    };

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
