using System.ComponentModel;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using PartyAtlas.Core.Database;
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

    public sealed class LatestYear(NpgsqlDataSource dataSource)
    {
        public async Task<int> GetAsync(CancellationToken ct)
        {
            await using var command = dataSource.CreateCommand(SqlFiles.Get("Queries/latest_year.sql"));
            return await command.ExecuteScalarAsync(ct) is int year ? year : DateTime.UtcNow.Year;
        }
    }

    public static async Task<Results<JsonText<JsonObject>, ProblemHttpResult>> GetReachStyle(
        HttpRequest request, LatestYear latest,
        [Description("The year shown (default: the latest year with events).")] int? year,
        [Description(ReachFilters.SeriesDescription)] string? series,
        [Description(ReachFilters.EvidenceDescription)] string? evidence,
        CancellationToken ct)
    {
        year ??= await latest.GetAsync(ct);
        if ((QueryChecks.Year(year) ?? ReachFilters.SeriesAndEvidence(series, evidence).Problem) is { } problem)
        {
            return problem;
        }

        JsonObject Source(string layer, int? y = null, string? s = null, string? e = null)
        {
            var tileLayer = TileLayers.Find(layer)!;
            return new JsonObject
            {
                ["type"] = "vector",
                ["tiles"] = new JsonArray(TileJsonWriter.TileUrl(tileLayer, request, y, s, e, null)),
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
        var style = new JsonObject
        {
            ["version"] = 8,
            ["name"] = $"PartyAtlas – documented reach {year}",
            ["metadata"] = new JsonObject { ["partyatlas:year"] = year, ["partyatlas:note"] = "Documented participation is partial: no official roster exists." },
            ["center"] = new JsonArray(60, 20),
            ["zoom"] = 1,
            ["sources"] = new JsonObject
            {
                ["countries"] = Source("countries"),
                ["reach"] = Source("reach", year, series, evidence),
                ["dialogues"] = Source("dialogues", year, series),
            },
            ["layers"] = new JsonArray(
                Layer("background", "background", null, new JsonObject { ["background-color"] = "#dde8f0" }),
                Layer("countries", "fill", "countries", new JsonObject { ["fill-color"] = "#f3f1ec" }),
                Layer("reach", "fill", "reach", new JsonObject { ["fill-color"] = fill, ["fill-opacity"] = 0.9 }),
                Layer("countries-outline", "line", "countries", new JsonObject { ["line-color"] = "#8d8a83", ["line-width"] = 0.5 }),
                Layer("dialogues", "circle", "dialogues", new JsonObject
                {
                    ["circle-radius"] = 5, ["circle-color"] = "#08306b", ["circle-stroke-color"] = "#ffffff", ["circle-stroke-width"] = 1.5,
                })),
        };
        return new JsonText<JsonObject>(style.ToJsonString());
    }

    private static JsonObject Layer(string id, string type, string? source, JsonObject paint)
    {
        var layer = new JsonObject { ["id"] = id, ["type"] = type };
        if (source is not null)
        {
            layer["source"] = source;
            layer["source-layer"] = source;
        }

        layer["paint"] = paint;
        return layer;
    }
}
