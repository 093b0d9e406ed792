using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PartyAtlas.Core.Ogc;
using PartyAtlas.Core.Ogc.Filtering;

namespace PartyAtlas.Api.Ogc;

/// <summary>
/// Declares each OGC items route's query parameters — Part 1's bbox, datetime, limit (default and
/// maximum: QGIS and GDAL size their pages from them) and offset, plus the collection's equality
/// filters and the CQL2 filter (Part 3), which GDAL pushes down only when the API document declares them:
/// GDAL 3.6 and older send `-where` as a filter when filter-lang's enum lists cql-text.
/// </summary>
internal sealed class OgcItemsParametersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<OgcItemsMetadata>().FirstOrDefault() is not { } items)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "bbox", In = ParameterLocation.Query, Style = ParameterStyle.Form, Explode = false,
            Description = "Only features whose geometry meets this box: minLon,minLat,maxLon,maxLat (CRS84). minLon > maxLon crosses the antimeridian; 6-number (3D) boxes are rejected.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Array, MinItems = 4, MaxItems = 4, Items = new OpenApiSchema { Type = JsonSchemaType.Number } },
        });
        operation.Parameters.Add(Query("datetime", JsonSchemaType.String,
            items.Collection.Temporal
                ? "Only features whose dates meet this RFC 3339 instant or interval (start/end, open ends as '..' or empty), e.g. 2021-07-06, 2017-01-01/2018-12-31, 2021-01-01T00:00:00Z/.. A date alone is the whole day (UTC)."
                : "Accepted and validated; this collection has no time, so every feature matches."));
        var limit = Query("limit", JsonSchemaType.Integer,
            $"Features per page (1–{OgcQuery.MaxLimit}, default {OgcQuery.DefaultLimit}); larger values are clamped to {OgcQuery.MaxLimit}. Follow the `next` link for more.");
        ((OpenApiSchema)limit.Schema!).Minimum = "1";
        ((OpenApiSchema)limit.Schema!).Maximum = OgcQuery.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ((OpenApiSchema)limit.Schema!).Default = JsonValue.Create(OgcQuery.DefaultLimit);
        operation.Parameters.Add(limit);
        var offset = Query("offset", JsonSchemaType.Integer, "Features to skip (default 0); the `next` and `prev` links carry it.");
        ((OpenApiSchema)offset.Schema!).Minimum = "0";
        ((OpenApiSchema)offset.Schema!).Default = JsonValue.Create(0);
        operation.Parameters.Add(offset);
        operation.Parameters.Add(Query("crs", JsonSchemaType.String,
            "The CRS of the geometry: CRS84 (default, lon/lat), http://www.opengis.net/def/crs/EPSG/0/4326 (lat/lon order) or http://www.opengis.net/def/crs/EPSG/0/3857 (metres). The answer names it in Content-Crs."));
        operation.Parameters.Add(Query("bbox-crs", JsonSchemaType.String, "The CRS of `bbox`: the same three (default CRS84)."));
        operation.Parameters.Add(Query("sortby", JsonSchemaType.String,
            $"Sort order: up to {OgcQuery.MaxSortTerms} comma-separated queryables ({string.Join(", ", OgcQuery.Sortable(items.Collection))}), each with - for descending (+ or nothing: ascending), e.g. `-year,iso3`. Ties keep the collection's own order, so pages stay stable."));
        operation.Parameters.Add(Query("properties", JsonSchemaType.String,
            $"Only these members of each feature's properties, comma-separated: {string.Join(", ", items.Collection.Properties)}."));
        operation.Parameters.Add(Query("filter", JsonSchemaType.String,
            $"A CQL2 filter on the queryables ({string.Join(", ", items.Collection.Queryables.Select(q => q.Name))}; types at /queryables), e.g. "
            + "`evidence_type = 'spoke' AND year >= 2021`, `name_en LIKE 'Ma%'`, `year BETWEEN 2017 AND 2019`, `iso3 IN ('RUS','ZAF')`, "
            + "`S_INTERSECTS(geometry, BBOX(100,0,120,20))`, `T_DURING(INTERVAL(start_date, end_date), INTERVAL('2021-01-01','2021-12-31'))`. "
            + $"Operators: = <> < <= > >=, AND OR NOT, LIKE, BETWEEN, IN, IS [NOT] NULL; functions: {string.Join(", ", CqlSql.Functions)}. "
            + "Every value is bound as a parameter; an unknown property, a wrong type or an unknown function is a 400 naming it."));
        var language = Query("filter-lang", JsonSchemaType.String,
            "The filter's encoding: cql2-text (default) or cql2-json; cql-text (the draft's name, which GDAL 3.6 and older look for) is read as cql2-text.");
        ((OpenApiSchema)language.Schema!).Enum = CqlFilter.Languages.Select(l => (JsonNode)JsonValue.Create(l)!).ToList();
        ((OpenApiSchema)language.Schema!).Default = JsonValue.Create("cql2-text");
        operation.Parameters.Add(language);
        var filterCrs = Query("filter-crs", JsonSchemaType.String, "The CRS of the filter's geometry literals: CRS84 only (longitude, latitude).");
        ((OpenApiSchema)filterCrs.Schema!).Enum = [JsonValue.Create(OgcCrs.Crs84)!];
        operation.Parameters.Add(filterCrs);
        operation.Parameters.Add(Query("f", JsonSchemaType.String, "Format: json (GeoJSON) or html (a page with a map of the features and previous/next links; also chosen when a browser's Accept prefers text/html)."));
        foreach (var filter in items.Collection.Filters)
        {
            var parameter = Query(filter.Name, filter.Type switch
            {
                FilterType.Integer => JsonSchemaType.Integer,
                FilterType.Boolean => JsonSchemaType.Boolean,
                _ => JsonSchemaType.String,
            }, $"Equality filter on the `{filter.Name}` property. {filter.Description}");
            if (filter.Allowed is { } allowed)
            {
                ((OpenApiSchema)parameter.Schema!).Enum = allowed.Select(a => (JsonNode)JsonValue.Create(a)!).ToList();
            }

            operation.Parameters.Add(parameter);
        }

        return Task.CompletedTask;
    }

    private static OpenApiParameter Query(string name, JsonSchemaType type, string description) => new()
    {
        Name = name, In = ParameterLocation.Query, Description = description, Schema = new OpenApiSchema { Type = type },
    };
}
