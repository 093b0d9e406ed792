using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace PartyAtlas.Api.Ogc;

/// <summary>A JSON Schema document (application/schema+json); <typeparamref name="TSchema"/> documents its shape in OpenAPI.</summary>
public sealed class SchemaJsonText<TSchema>(string json) : PrebuiltBodyResult(json, MediaType), IEndpointMetadataProvider
{
    public const string MediaType = "application/schema+json";

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TSchema), [MediaType]));
}
