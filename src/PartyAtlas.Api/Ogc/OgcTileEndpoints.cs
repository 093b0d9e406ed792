using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PartyAtlas.Api.Tiles;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Tiles;

namespace PartyAtlas.Api.Ogc;

/// <summary>
/// OGC API – Tiles under /ogc: the WebMercatorQuad tile matrix set, each tiled collection's tileset, and its
/// tiles in OGC order (tileMatrix/tileRow/tileCol) — the same MVT as /tiles/{layer}/{z}/{x}/{y}.mvt.
/// </summary>
public static class OgcTileEndpoints
{
    public const string WebMercatorQuad = "WebMercatorQuad";
    public const string WebMercatorQuadUri = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";

    public static readonly string[] ConformanceClasses =
    [
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
    ];

    // The collections drawn by a tile layer, and which.
    private static readonly Dictionary<string, string> Layers = new(StringComparer.Ordinal)
    {
        ["countries"] = "countries", ["reach"] = "reach", ["dialogues"] = "dialogues",
    };

    private const double Extent = 20037508.342789244;

    public static bool HasTiles(string collectionId) => Layers.ContainsKey(collectionId);

    public static IEndpointRouteBuilder MapOgcTileEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(OgcEndpoints.Prefix).WithTags("OGC API – Tiles").ValidateRequest().CacheResponses().RequireRateLimiting(RateLimits.Tiles);
        group.MapGet("/tileMatrixSets", GetTileMatrixSets).WithName("OgcTileMatrixSets").WithSummary("The tile matrix sets: WebMercatorQuad");
        group.MapGet($"/tileMatrixSets/{WebMercatorQuad}", GetWebMercatorQuad).WithName("OgcWebMercatorQuad").WithSummary("The WebMercatorQuad tile matrix set");
        group.MapGet("/collections/{collectionId}/tiles", GetTilesets).WithName("OgcTilesets")
            .WithSummary("A collection's tilesets (vector tiles): countries, reach and dialogues").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet($"/collections/{{collectionId}}/tiles/{WebMercatorQuad}", GetTileset).WithName("OgcTileset")
            .WithSummary("A collection's vector tileset in WebMercatorQuad").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapMethods($"/collections/{{collectionId}}/tiles/{WebMercatorQuad}/{{tileMatrix}}/{{tileRow}}/{{tileCol}}", [HttpMethods.Get, HttpMethods.Head], GetTile)
            .WithName("OgcTile").WithSummary("One Mapbox Vector Tile, in OGC order (row before column)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static JsonText<OgcTileMatrixSets> GetTileMatrixSets(HttpRequest request, IOptions<JsonOptions> json) =>
        Json(new OgcTileMatrixSets([new(WebMercatorQuad, "Google Maps Compatible for the World", WebMercatorQuadUri,
            [new($"{Root(request)}/tileMatrixSets/{WebMercatorQuad}", "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme", MediaTypes.Json, "The definition")])]), json);

    public static JsonText<OgcTileMatrixSet> GetWebMercatorQuad(IOptions<JsonOptions> json) =>
        Json(new OgcTileMatrixSet(WebMercatorQuad, "Google Maps Compatible for the World", WebMercatorQuadUri,
            "http://www.opengis.net/def/crs/EPSG/0/3857", ["E", "N"],
            Enumerable.Range(0, 25).Select(z => new OgcTileMatrix(
                z.ToString(System.Globalization.CultureInfo.InvariantCulture),
                559082264.0287178 / Math.Pow(2, z), 156543.03392804097 / Math.Pow(2, z), "topLeft", [-Extent, Extent],
                256, 256, 1L << z, 1L << z)).ToArray()), json);

    public static Results<JsonText<OgcTilesets>, ProblemHttpResult> GetTilesets(
        HttpRequest request, IOptions<JsonOptions> json, [Description("countries, reach or dialogues.")] string collectionId) =>
        Tileset(request, collectionId) is { } tileset ? Json(new OgcTilesets([tileset]), json) : NoTiles(collectionId);

    public static Results<JsonText<OgcTileset>, ProblemHttpResult> GetTileset(
        HttpRequest request, IOptions<JsonOptions> json, [Description("countries, reach or dialogues.")] string collectionId) =>
        Tileset(request, collectionId) is { } tileset ? Json(tileset, json) : NoTiles(collectionId);

    public static async Task<Results<TileResult, ProblemHttpResult>> GetTile(
        [AsParameters] OgcTileRequest request, HttpContext http, TileReader reader, CancellationToken ct)
    {
        if (!Layers.TryGetValue(request.CollectionId, out var layerId) || TileLayers.Find(layerId) is not { } layer)
        {
            return NoTiles(request.CollectionId);
        }

        if (!TileAddress.TryCreate(request.TileMatrix, request.TileCol, request.TileRow, layer.MinZoom, layer.MaxZoom, out var tile, out var part, out var error))
        {
            return Problems.BadParameter(part switch { "z" => "tileMatrix", "x" => "tileCol", _ => "tileRow" }, error);
        }

        var (filters, problem) = new TileFilterValues(request.Year, request.Series, request.Evidence, null).For(layer, http.Request.Query);
        return problem ?? (Results<TileResult, ProblemHttpResult>)new TileResult(await reader.ReadAsync(layer, tile, filters, ct));
    }

    private static OgcTileset? Tileset(HttpRequest request, string collectionId)
    {
        if (!Layers.TryGetValue(collectionId, out var layerId) || TileLayers.Find(layerId) is not { } layer)
        {
            return null;
        }

        var href = $"{Root(request)}/collections/{collectionId}/tiles/{WebMercatorQuad}";
        var filters = layer.Filters.Contains(TileFilter.RequiredYear) ? "?year={year}" : "";
        return new OgcTileset($"{collectionId} (vector tiles)", "vector", "http://www.opengis.net/def/crs/EPSG/0/3857", WebMercatorQuadUri,
            layer.MinZoom.ToString(System.Globalization.CultureInfo.InvariantCulture), layer.MaxZoom.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [
                new(href, "self", MediaTypes.Json, "This tileset", false),
                new($"{Root(request)}/tileMatrixSets/{WebMercatorQuad}", "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme", MediaTypes.Json, "The tile matrix set", false),
                new(OgcEndpoints.Versioned(request, $"{href}/{{tileMatrix}}/{{tileRow}}/{{tileCol}}{filters}"), "item", TileEndpoints.MediaType,
                    filters.Length > 0 ? "A tile (year required)" : "A tile", true),
            ],
            [new(layer.Id, layer.Description, "vector", layer.Fields)]);
    }

    private static ProblemHttpResult NoTiles(string collectionId) =>
        Problems.NotFound($"No tiles for '{collectionId}'. Tiled collections: {string.Join(", ", Layers.Keys)}.");

    private static string Root(HttpRequest request) => OgcEndpoints.Root(request);

    private static JsonText<T> Json<T>(T body, IOptions<JsonOptions> json) => OgcEndpoints.Json(body, json);
}
