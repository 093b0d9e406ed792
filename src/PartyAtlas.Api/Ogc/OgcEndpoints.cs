using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PartyAtlas.Api.Ogc.Html;
using PartyAtlas.Core.Ogc;

namespace PartyAtlas.Api.Ogc;

/// <summary>
/// OGC API – Features – Part 1: Core under /ogc, so QGIS, GDAL and ArcGIS open the layers from one URL.
/// Each collection gets its own items route, so the OpenAPI document can declare its filters
/// (GDAL pushes `-where` down only for declared parameters).
/// </summary>
public static class OgcEndpoints
{
    public const string Prefix = "/ogc";

    public static readonly string[] ConformanceClasses =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        // f=html or a browser's Accept: the landing page, conformance, collections, queryables, items and items as pages.
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
        // Part 3: each collection's queryables, and filtering on them as query parameters (its equality filters).
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
        // Part 3 and CQL2: the filter parameter, in either encoding, with the operators and functions CqlSql translates.
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
        "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
        "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
        "http://www.opengis.net/spec/cql2/1.0/conf/case-insensitive-comparison",
        "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
        "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus",
        "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions",
        "http://www.opengis.net/spec/cql2/1.0/conf/temporal-functions",
        "http://www.opengis.net/spec/cql2/1.0/conf/property-property",
        "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
        "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
        // Part 2: crs and bbox-crs (CRS84, EPSG:4326 in lat/lon order, EPSG:3857).
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
        .. OgcTileEndpoints.ConformanceClasses,
    ];

    public static IEndpointRouteBuilder MapOgcEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("OGC API – Features").CacheResponses().RequireRateLimiting(RateLimits.Analytics);
        group.MapGet("", GetLanding).OfferHtml(HtmlPage.Landing).WithName("OgcLanding").WithSummary("Landing page: links to the API definition, conformance and collections");
        group.MapGet("/conformance", GetConformance).OfferHtml(HtmlPage.Conformance).WithName("OgcConformance").WithSummary("The conformance classes implemented");
        group.MapGet("/collections", GetCollections).OfferHtml(HtmlPage.Collections).WithName("OgcCollections").WithSummary("The feature collections, with spatial and temporal extents");
        group.MapGet("/collections/{collectionId}", GetCollection).OfferHtml(HtmlPage.Collection).WithName("OgcCollection").WithSummary("One collection's metadata")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/collections/{collectionId}/queryables", GetQueryables).OfferHtml(HtmlPage.Queryables).WithName("OgcQueryables")
            .WithSummary("The properties of a collection that may be filtered (as query parameters) and sorted on (sortby), as JSON Schema")
            .ProducesProblem(StatusCodes.Status404NotFound);
        foreach (var collection in FeatureCollections.All)
        {
            group.MapGet($"/collections/{collection.Id}/items",
                    (HttpContext http, FeatureReader reader, CancellationToken ct) => GetItems(collection, http, reader, ct))
                .OfferHtml(HtmlPage.Items)
                .WithName($"OgcItems_{collection.Id}")
                .WithSummary($"Features of '{collection.Id}': {collection.Title}")
                .WithDescription(collection.Description)
                .WithMetadata(new OgcItemsMetadata(collection))
                .ProducesProblem(StatusCodes.Status400BadRequest);
            group.MapGet($"/collections/{collection.Id}/items/{{featureId}}",
                    (HttpContext http, FeatureReader reader, [Description("The feature's id, as in the items' `id` member.")] string featureId, CancellationToken ct) =>
                        GetItem(collection, http, reader, featureId, ct))
                .OfferHtml(HtmlPage.Item)
                .WithName($"OgcItem_{collection.Id}")
                .WithSummary($"One feature of '{collection.Id}' by its id")
                .ProducesProblem(StatusCodes.Status404NotFound);
        }

        group.MapGet("/collections/{collectionId}/items", UnknownCollection).ExcludeFromDescription();
        group.MapGet("/collections/{collectionId}/items/{featureId}", UnknownCollection).ExcludeFromDescription();
        return app;
    }

    public static Results<JsonText<OgcLanding>, ProblemHttpResult> GetLanding(HttpRequest request, IOptions<JsonOptions> json)
    {
        if (OgcQuery.CheckUnknownAndFormat(request.Query, ["f"]) is { } problem)
        {
            return problem;
        }

        var root = Root(request);
        return Json(new OgcLanding("PartyAtlas – OGC API – Features",
            "The documented reach of the CPC's multilateral party dialogues: countries and regions, participation evidence with sources, reach by year, and the events.",
            [
                new($"{root}", "self", MediaTypes.Json, "This document"),
                new($"{root}?f=html", "alternate", "text/html", "This document as HTML"),
                new($"{PublicUrls.Base(request)}/openapi/ogc.json", "service-desc", "application/vnd.oai.openapi+json;version=3.0", "The API definition (OpenAPI 3.0, JSON)"),
                new($"{PublicUrls.Base(request)}/docs", "service-doc", "text/html", "The API documentation"),
                new($"{root}/conformance", "conformance", MediaTypes.Json, "Conformance classes"),
                new(Versioned(request, $"{root}/collections"), "data", MediaTypes.Json, "The feature collections"),
                new($"{root}/tileMatrixSets", "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes", MediaTypes.Json, "The tile matrix sets (OGC API – Tiles)"),
            ]), json);
    }

    public static Results<JsonText<OgcConformance>, ProblemHttpResult> GetConformance(HttpRequest request, IOptions<JsonOptions> json) =>
        OgcQuery.CheckUnknownAndFormat(request.Query, ["f"]) is { } problem ? problem : Json(new OgcConformance(ConformanceClasses), json);

    public static async Task<Results<JsonText<OgcCollections>, ProblemHttpResult>> GetCollections(
        HttpRequest request, FeatureReader reader, IOptions<JsonOptions> json, CancellationToken ct)
    {
        if (OgcQuery.CheckUnknownAndFormat(request.Query, ["f"]) is { } problem)
        {
            return problem;
        }

        var extents = JsonNode.Parse(await reader.ExtentsAsync(ct))!;
        var root = Root(request);
        return Json(new OgcCollections(
            [new(Versioned(request, $"{root}/collections"), "self", MediaTypes.Json, "The feature collections")],
            FeatureCollections.All.Select(c => Describe(c, extents[c.Id]!, request)).ToArray()), json);
    }

    public static async Task<Results<JsonText<OgcCollection>, ProblemHttpResult>> GetCollection(
        HttpRequest request, FeatureReader reader, IOptions<JsonOptions> json,
        [Description("The collection's id: countries, participations, reach, dialogues or parties.")] string collectionId, CancellationToken ct)
    {
        if (FeatureCollections.Find(collectionId) is not { } collection)
        {
            return UnknownCollection(collectionId);
        }

        if (OgcQuery.CheckUnknownAndFormat(request.Query, ["f"]) is { } problem)
        {
            return problem;
        }

        var extents = JsonNode.Parse(await reader.ExtentsAsync(ct))!;
        return Json(Describe(collection, extents[collection.Id]!, request), json);
    }

    public static Results<SchemaJsonText<OgcQueryables>, ProblemHttpResult> GetQueryables(
        HttpRequest request, IOptions<JsonOptions> json,
        [Description("The collection's id: countries, participations, reach, dialogues or parties.")] string collectionId)
    {
        if (FeatureCollections.Find(collectionId) is not { } collection)
        {
            return UnknownCollection(collectionId);
        }

        if (OgcQuery.CheckUnknownAndFormat(request.Query, ["f"]) is { } problem)
        {
            return problem;
        }

        var properties = collection.Queryables.ToDictionary(q => q.Name, q => q.Type switch
        {
            FilterType.Geometry => new OgcQueryable(null, q.Description, null, "geometry-any", "primary-geometry"),
            _ when q.Name == "id" => new OgcQueryable("string", q.Description, null, null, "id"),
            FilterType.Integer => new OgcQueryable("integer", q.Description, q.Allowed, null, null),
            FilterType.Number => new OgcQueryable("number", q.Description, q.Allowed, null, null),
            FilterType.Boolean => new OgcQueryable("boolean", q.Description, q.Allowed, null, null),
            FilterType.Date => new OgcQueryable("string", q.Description, q.Allowed, "date", null),
            _ => new OgcQueryable("string", q.Description, q.Allowed, null, null),
        }, StringComparer.Ordinal);

        return new SchemaJsonText<OgcQueryables>(JsonSerializer.Serialize(new OgcQueryables(
            "https://json-schema.org/draft/2020-12/schema", $"{Root(request)}/collections/{collection.Id}/queryables",
            "object", collection.Title, properties, false), json.Value.SerializerOptions));
    }

    public static async Task<Results<GeoJsonText<OgcFeatureCollection>, ProblemHttpResult>> GetItems(
        FeatureCollectionDefinition collection, HttpContext http, FeatureReader reader, CancellationToken ct)
    {
        var (query, problem) = OgcQuery.Parse(http.Request.Query, collection);
        if (problem is not null)
        {
            return problem;
        }

        var page = await reader.ReadAsync(collection, query!, ct);
        return new GeoJsonText<OgcFeatureCollection>(OgcItemsWriter.Write(page, query!, http.Request, Root(http.Request), collection.Id))
        {
            Headers = ContentCrs(query!.Crs),
        };
    }

    public static async Task<Results<GeoJsonText<OgcFeature>, ProblemHttpResult>> GetItem(
        FeatureCollectionDefinition collection, HttpContext http, FeatureReader reader, string featureId, CancellationToken ct)
    {
        if (OgcQuery.CheckUnknownAndFormat(http.Request.Query, ["f", "crs"]) is { } problem)
        {
            return problem;
        }

        var (crs, _, crsError) = OgcCrs.Parse(http.Request.Query["crs"].FirstOrDefault());
        if (crsError is not null)
        {
            return Problems.BadParameter("crs", crsError);
        }

        if (!OgcQuery.IsPlainText(featureId))
        {
            return Problems.BadParameter("featureId", $"Not a feature id: at most {OgcQuery.MaxTextLength} characters, no control characters.");
        }

        var query = new FeatureQuery(null, null, null, 1, 0, featureId, collection.Filters.Select(_ => (object?)null).ToArray()) { Crs = crs };
        var page = await reader.ReadAsync(collection, query, ct);
        if (page.NumberReturned == 0)
        {
            return Problems.NotFound($"No feature '{featureId}' in collection '{collection.Id}'.");
        }

        var feature = JsonNode.Parse(page.Features)!.AsArray()[0]!.AsObject();
        var items = $"{Root(http.Request)}/collections/{collection.Id}/items";
        feature["links"] = JsonSerializer.SerializeToNode(new[]
        {
            new { href = Versioned(http.Request, $"{items}/{Uri.EscapeDataString(featureId)}"), rel = "self", type = MediaTypes.GeoJson },
            new { href = Versioned(http.Request, $"{Root(http.Request)}/collections/{collection.Id}"), rel = "collection", type = MediaTypes.Json },
        });
        return new GeoJsonText<OgcFeature>(feature.ToJsonString()) { Headers = ContentCrs(crs) };
    }

    /// <summary>Part 2: every feature answer names its CRS.</summary>
    private static Dictionary<string, string> ContentCrs(int? srid) =>
        new(StringComparer.Ordinal) { ["Content-Crs"] = $"<{OgcCrs.UriOf(srid)}>" };

    private static ProblemHttpResult UnknownCollection(string collectionId) =>
        Problems.NotFound($"No collection '{collectionId}'. Collections: {string.Join(", ", FeatureCollections.All.Select(c => c.Id))}.");

    private static OgcCollection Describe(FeatureCollectionDefinition collection, JsonNode extent, HttpRequest request)
    {
        var root = Root(request);
        var bbox = extent["bbox"]?.AsArray().Select(v => (double)v!).ToArray() ?? [-180, -90, 180, 90];
        var temporal = collection.Temporal
            ? new OgcTemporalExtent([[Instant((string?)extent["start"], false), Instant((string?)extent["end"], true)]], "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian")
            : null;
        var href = $"{root}/collections/{collection.Id}";
        return new OgcCollection(collection.Id, collection.Title, collection.Description,
            new OgcExtent(new OgcSpatialExtent([bbox], OgcCrs.Crs84), temporal), "feature", OgcCrs.All, OgcCrs.Crs84,
            [
                new(Versioned(request, href), "self", MediaTypes.Json, collection.Title),
                new(Versioned(request, $"{href}/items"), "items", MediaTypes.GeoJson, $"{collection.Title} (GeoJSON)"),
                new($"{href}/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", SchemaJsonText<OgcQueryables>.MediaType, "What may be filtered and sorted on"),
                .. OgcTileEndpoints.HasTiles(collection.Id)
                    ? [new OgcLink(Versioned(request, $"{href}/tiles"), "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector", MediaTypes.Json, "Vector tiles (OGC API – Tiles)")]
                    : Array.Empty<OgcLink>(),
            ]);
    }

    // Dates from the database become RFC 3339 instants covering the whole day.
    private static string? Instant(string? date, bool end) => date is null ? null : $"{date}T{(end ? "23:59:59" : "00:00:00")}Z";

    internal static string Root(HttpRequest request) => PublicUrls.Base(request) + Prefix;

    /// <summary>A link to a data resource, carrying the data version this answer is built from (see VersionedUrls).</summary>
    internal static string Versioned(HttpRequest request, string href) => VersionedUrls.With(request.HttpContext, href);

    internal static JsonText<T> Json<T>(T body, IOptions<JsonOptions> json) =>
        new(JsonSerializer.Serialize(body, json.Value.SerializerOptions));
}
