using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Reach;
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
        var tiles = app.MapGroup("/tiles").WithTags("Tiles").ValidateRequest().CacheResponses().RequireRateLimiting(RateLimits.Tiles);
        tiles.MapMethods("/{layer}/{z}/{x}/{y}.{ext}", [HttpMethods.Get, HttpMethods.Head], GetTile)
            .WithName("GetTile")
            .WithSummary("One Mapbox Vector Tile (GET or HEAD); an area without features is an empty 200")
            .WithDescription("Layers: countries (z0–8), reach (z0–8, year required), reach_points (z0–3, year required: small documented countries as points), dialogues (z0–8), scopes (z0–8). Geometry per zoom comes from precomputed bands (0–2, 3–5, 6+). Only the layer's own filters are accepted.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        tiles.MapGet("/{layer}/tilejson.json", GetTileJson)
            .WithName("GetTileJson")
            .WithSummary("TileJSON 3.0.0 for a layer; its tile URLs carry the filters given here")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGroup("/styles").WithTags("Tiles").ValidateRequest().CacheResponses().RequireRateLimiting(RateLimits.Tiles)
            .MapGet("/reach.json", StyleEndpoint.GetReachStyle)
            .WithName("GetReachStyle")
            .WithSummary("A MapLibre style (v8) of documented reach over the countries base map, for MapLibre apps and QGIS")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    public static async Task<Results<TileResult, ProblemHttpResult>> GetTile(
        [AsParameters] TileRequest request, HttpContext http, TileReader reader, CancellationToken ct)
    {
        if (TileLayers.Find(request.Layer) is not { } layer)
        {
            return UnknownLayer(request.Layer);
        }

        if (request.Ext is not ("mvt" or "pbf"))
        {
            return Problems.BadParameter("ext", $"'.{request.Ext}' is not a tile format: use .mvt or .pbf.");
        }

        if (!TileAddress.TryCreate(request.Z, request.X, request.Y, layer.MinZoom, layer.MaxZoom, out var tile, out var part, out var error))
        {
            return Problems.BadParameter(part, error);
        }

        var (filters, problem) = request.Filters.For(layer, http.Request.Query);
        if (problem is not null)
        {
            return problem;
        }

        // Kept by the response cache (the group's filter), like every data answer.
        return new TileResult(await reader.ReadAsync(layer, tile, filters, ct));
    }

    public static async Task<Results<JsonText<TileJson>, ProblemHttpResult>> GetTileJson(
        [AsParameters] TileJsonRequest request, HttpContext http, ReachQueries reach, CancellationToken ct)
    {
        if (TileLayers.Find(request.Layer) is not { } layer)
        {
            return UnknownLayer(request.Layer);
        }

        var filters = request.Filters with
        {
            Year = request.Year ?? (layer.Filters.Contains(TileFilter.RequiredYear) ? await reach.LatestYearAsync(ct) : null),
        };
        var (_, problem) = filters.For(layer, http.Request.Query);
        return problem is not null ? problem
            : new JsonText<TileJson>(TileJsonWriter.Write(layer, http.Request, ResponseCaching.Version(http), filters));
    }

    private static ProblemHttpResult UnknownLayer(string layer) =>
        Problems.NotFound($"No tile layer '{layer}'. Layers: {string.Join(", ", TileLayers.All.Select(l => l.Id))}.");
}
