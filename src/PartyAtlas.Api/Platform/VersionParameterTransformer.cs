using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PartyAtlas.Api.Platform;

/// <summary>Endpoint metadata: a cached data answer, which takes `v` (see <see cref="VersionedUrls"/>).</summary>
public sealed class VersionedAnswer
{
    public static readonly VersionedAnswer Instance = new();

    private VersionedAnswer()
    {
    }
}

/// <summary>Declares `v` on every cached data route, so clients and proxies see what the versioned links carry.</summary>
internal sealed class VersionParameterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<VersionedAnswer>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = VersionedUrls.Parameter,
                In = ParameterLocation.Query,
                Description = "The data version the link was made for (PartyAtlas-Data-Version; links in TileJSON, styles and OGC answers carry it). "
                    + "The current version: the answer may be cached for a year (immutable). An older one: 302 to the current. Absent: max-age 300 with ETag revalidation.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^([0-9a-f]{16}|none)$" },
            });
        }

        return Task.CompletedTask;
    }
}
