using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;

namespace PartyAtlas.Api.Platform;

internal static class OpenApiSetup
{
    public const string DocumentName = "v1";

    /// <summary>The OGC API – Features definition: only /ogc routes, with paths relative to /ogc, as GDAL and QGIS look them up.</summary>
    public const string OgcDocumentName = "ogc";

    public static void AddPartyAtlasOpenApi(this WebApplicationBuilder builder)
    {
        // snake_case everywhere, as in the GeoJSON properties PostGIS builds.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            // Numbers are numbers (also in the schemas: integer, not "integer or numeric string").
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            // OpenAPI 3.0: what OGC API – Features' oas30 class and GDAL expect.
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.ShouldInclude = _ => true;
            options.AddSchemaTransformer<QueryValueSchemaTransformer>();
            options.CreateSchemaReferenceId = QueryValueSchemaTransformer.ReferenceId;
            options.AddOperationTransformer<CsvOpenApiTransformer>();
            options.AddOperationTransformer<OgcItemsParametersTransformer>();
            options.AddOperationTransformer<VersionParameterTransformer>();
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "PartyAtlas",
                    Version = "1.0",
                    Description = "The documented reach of the Chinese Communist Party's multilateral dialogues with world political parties (2014 onwards), "
                        + "joined to Natural Earth country geometries. Every participation carries its evidence type and source; official counts are kept per source; "
                        + "coverage (documented vs official) is always shown, because no official roster exists. Silence is never read as absence.",
                    License = new OpenApiLicense { Name = "Code: see repository. Geometries: Natural Earth (public domain)." },
                };
                // The document must not depend on the host that served it (it is committed as openapi.yaml).
                document.Servers = [];
                return Task.CompletedTask;
            });
        });
        AddOgcDocument(builder.Services);
    }

    private static void AddOgcDocument(IServiceCollection services) =>
        services.AddOpenApi(OgcDocumentName, options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.ShouldInclude = d => d.RelativePath is { } path && (path == "ogc" || path.StartsWith("ogc/", StringComparison.Ordinal));
            options.AddSchemaTransformer<QueryValueSchemaTransformer>();
            options.CreateSchemaReferenceId = QueryValueSchemaTransformer.ReferenceId;
            options.AddOperationTransformer<OgcItemsParametersTransformer>();
            options.AddOperationTransformer<VersionParameterTransformer>();
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "PartyAtlas – OGC API – Features",
                    Version = "1.0",
                    Description = "OGC API – Features – Part 1: Core over PartyAtlas's countries, participation evidence, reach by year and dialogue events.",
                };
                // Clients look up "/collections/{id}/items" in `paths`, relative to the server URL.
                var paths = new OpenApiPaths();
                foreach (var (path, item) in document.Paths)
                {
                    paths[path == "/ogc" ? "/" : path["/ogc".Length..]] = item;
                }

                document.Paths = paths;
                document.Servers = [new OpenApiServer { Url = "/ogc" }];
                return Task.CompletedTask;
            });
        });

    public static void MapPartyAtlasOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapOpenApi("/openapi/{documentName}.yaml");
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "docs";
            o.DocumentTitle = "PartyAtlas API";
            o.SwaggerEndpoint($"/openapi/{DocumentName}.json", "PartyAtlas v1");
        });
    }
}
