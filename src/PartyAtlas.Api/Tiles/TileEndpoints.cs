using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using System.Reflection;
using PartyAtlas.Core.Tiles;

namespace PartyAtlas.Api.Tiles;

/// <summary>
/// Mapbox Vector Tiles rendered by PostGIS, their TileJSON, and a MapLibre style that uses them.
/// </summary>
public static class TileEndpoints
{
    public const string MediaType = "application/vnd.mapbox-vector-tile";

    public static IEndpointRouteBuilder MapTileEndpoints(this IEndpointRouteBuilder app)
    {
        var tiles = app.MapGroup("/tiles").WithTags("Tiles").CacheByDataVersion().RequireRateLimiting(RateLimits.Tiles);
        tiles.MapMethods("/{layer}/{z}/{x}/{y}.{ext}", [HttpMethods.Get, HttpMethods.Head], GetTile)
            .WithName("GetTile")
            .WithSummary("One Mapbox Vector Tile (GET or HEAD); an area without features is an empty 200")
            .WithDescription("Layers: countries (z0–8), reach (z0–8, year required), dialogues (z0–8), scopes (z0–8). Geometry per zoom comes from precomputed bands (0–2, 3–5, 6+). Only the layer's own filters are accepted.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        tiles.MapGet("/{layer}/tilejson.json", GetTileJson)
            .WithName("GetTileJson")
            .WithSummary("TileJSON 3.0.0 for a layer; its tile URLs carry the filters given here")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGroup("/styles").WithTags("Tiles").CacheByDataVersion().RequireRateLimiting(RateLimits.Tiles)
            .MapGet("/reach.json", StyleEndpoint.GetReachStyle)
            .WithName("GetReachStyle")
            .WithSummary("A MapLibre style (v8) of documented reach over the countries base map, for MapLibre apps and QGIS")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    public static async Task<Results<TileResult, ProblemHttpResult>> GetTile(
        HttpContext http, TileReader reader, TileCache cache,
        [Description("Layer: countries, reach, dialogues or scopes.")] string layer,
        [Description("Zoom level, within the layer's range.")] string z,
        [Description("Tile column, 0 … 2^z − 1.")] string x,
        [Description("Tile row (XYZ scheme, from the north), 0 … 2^z − 1.")] string y,
        [Description("mvt or pbf.")] string ext,
        [Description("reach: the year (required); dialogues and scopes: only this year.")] int? year,
        [Description("reach and dialogues: " + ReachFilters.SeriesDescription)] string? series,
        [Description("reach: " + ReachFilters.EvidenceDescription)] string? evidence,
        [Description("scopes: only this event.")] string? dialogue,
        CancellationToken ct)
    {
        if (TileLayers.Find(layer) is not { } tileLayer)
        {
            return UnknownLayer(layer);
        }

        if (ext is not ("mvt" or "pbf"))
        {
            return Problems.BadParameter("ext", $"'.{ext}' is not a tile format: use .mvt or .pbf.");
        }

        var (coordinates, coordinateProblem) = TileCoordinates.Parse(tileLayer, z, x, y);
        var (filters, filterProblem) = TileFilters.Parse(tileLayer, http.Request.Query, year, series, evidence, dialogue);
        if ((coordinateProblem ?? filterProblem) is { } problem)
        {
            return problem;
        }

        var (zoom, column, row) = coordinates;
        var key = $"{DataVersionCaching.Version(http)}|{tileLayer.Id}|{zoom}/{column}/{row}|{http.Request.QueryString}";
        var (tile, hit) = await cache.GetOrRenderAsync(key, () => reader.ReadAsync(tileLayer, zoom, column, row, filters, ct));
        http.Response.Headers["X-Tile-Cache"] = hit ? "hit" : "miss";
        return new TileResult(tile);
    }

    public static async Task<Results<JsonText<TileJson>, ProblemHttpResult>> GetTileJson(
        HttpContext http, StyleEndpoint.LatestYear latest,
        [Description("Layer: countries, reach, dialogues or scopes.")] string layer,
        [Description("reach: the year (default: the latest year with events); dialogues and scopes: only this year.")] int? year,
        [Description("reach and dialogues: " + ReachFilters.SeriesDescription)] string? series,
        [Description("reach: " + ReachFilters.EvidenceDescription)] string? evidence,
        [Description("scopes: only this event.")] string? dialogue,
        CancellationToken ct)
    {
        if (TileLayers.Find(layer) is not { } tileLayer)
        {
            return UnknownLayer(layer);
        }

        year ??= tileLayer.Filters.Contains(TileFilter.RequiredYear) ? await latest.GetAsync(ct) : null;
        var (_, problem) = TileFilters.Parse(tileLayer, http.Request.Query, year, series, evidence, dialogue);
        if (problem is not null)
        {
            return problem;
        }

        return new JsonText<TileJson>(TileJsonWriter.Write(tileLayer, http.Request, DataVersionCaching.Version(http), year, series, evidence, dialogue));
    }

    private static ProblemHttpResult UnknownLayer(string layer) =>
        Problems.NotFound($"No tile layer '{layer}'. Layers: {string.Join(", ", TileLayers.All.Select(l => l.Id))}.");
}

/// <summary>A rendered tile (possibly empty: a valid tile without features).</summary>
public sealed class TileResult(byte[] tile) : PrebuiltBodyResult(tile, TileEndpoints.MediaType, contentTypeParameters: null), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(byte[]), [TileEndpoints.MediaType]));
}

internal static class TileCoordinates
{
    public static ((int Z, int X, int Y) Value, ProblemHttpResult? Problem) Parse(TileLayer layer, string z, string x, string y)
    {
        if (!int.TryParse(z, NumberStyles.None, CultureInfo.InvariantCulture, out var zoom) || zoom < layer.MinZoom || zoom > layer.MaxZoom)
        {
            return (default, Problems.BadParameter("z", $"'{z}' is not a zoom level of layer '{layer.Id}' ({layer.MinZoom}–{layer.MaxZoom})."));
        }

        var max = (1 << zoom) - 1;
        if (!int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var column) || column > max)
        {
            return (default, Problems.BadParameter("x", $"'{x}' is not a tile column at zoom {zoom} (0–{max})."));
        }

        if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row > max)
        {
            return (default, Problems.BadParameter("y", $"'{y}' is not a tile row at zoom {zoom} (0–{max})."));
        }

        return ((zoom, column, row), null);
    }
}

internal static class TileFilters
{
    private static string NameOf(TileFilter filter) => filter switch
    {
        TileFilter.RequiredYear or TileFilter.Year => "year",
        TileFilter.Series => "series",
        TileFilter.Evidence => "evidence",
        _ => "dialogue",
    };

    /// <summary>The layer's filter values in SQL order, or a 400 for an unknown or bad one.</summary>
    public static (IReadOnlyList<object?> Values, ProblemHttpResult? Problem) Parse(
        TileLayer layer, IQueryCollection query, int? year, string? series, string? evidence, string? dialogue)
    {
        if (UnknownQueryParameters.Check(query, layer.Filters.Select(NameOf).ToHashSet(StringComparer.Ordinal)) is { } unknown)
        {
            return ([], unknown);
        }

        var values = new List<object?>();
        foreach (var filter in layer.Filters)
        {
            ProblemHttpResult? problem = null;
            switch (filter)
            {
                case TileFilter.RequiredYear when year is null:
                    problem = Problems.BadParameter("year", $"year is required for layer '{layer.Id}'.");
                    break;
                case TileFilter.RequiredYear or TileFilter.Year:
                    problem = QueryChecks.Year(year);
                    values.Add(year);
                    break;
                case TileFilter.Series:
                    values.Add(ReachFilters.Series(series, out problem));
                    break;
                case TileFilter.Evidence:
                    values.Add(ReachFilters.Evidence(evidence, out problem));
                    break;
                default:
                    problem = QueryChecks.EventId("dialogue", dialogue);
                    values.Add(dialogue);
                    break;
            }

            if (problem is not null)
            {
                return ([], problem);
            }
        }

        return (values, null);
    }
}
