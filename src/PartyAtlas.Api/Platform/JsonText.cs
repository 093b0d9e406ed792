using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace PartyAtlas.Api.Platform;

/// <summary>JSON from PostGIS; <typeparamref name="TSchema"/> documents its shape in OpenAPI.</summary>
public sealed class JsonText<TSchema>(string json) : PrebuiltBodyResult(json, MediaTypes.Json), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TSchema), [MediaTypes.Json]));
}
