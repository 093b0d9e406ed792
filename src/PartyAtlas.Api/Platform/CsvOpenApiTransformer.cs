using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PartyAtlas.Api.Platform;

/// <summary>Adds text/csv beside the JSON body of every 200 response whose endpoint also answers CSV.</summary>
internal sealed class CsvOpenApiTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<CsvAlternative>().Any()
            && operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            response.Content[CsvText.MediaType] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180 CSV with a header row; arrays are ;-separated." },
            };
        }

        return Task.CompletedTask;
    }
}
