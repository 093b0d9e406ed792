using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace PartyAtlas.Api.Platform;

/// <summary>GeoJSON from PostGIS; <typeparamref name="TSchema"/> documents its shape in OpenAPI.</summary>
public sealed class GeoJsonText<TSchema>(string json) : PrebuiltBodyResult(json, MediaTypes.GeoJson), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TSchema), [MediaTypes.GeoJson]));
}
