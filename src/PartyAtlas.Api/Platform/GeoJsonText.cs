using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace PartyAtlas.Api.Platform;

/// <summary>GeoJSON from PostGIS; <typeparamref name="TSchema"/> documents its shape in OpenAPI.</summary>
public sealed class GeoJsonText<TSchema> : PrebuiltBodyResult, IEndpointMetadataProvider
{
    public GeoJsonText(string json) : base(json, MediaTypes.GeoJson)
    {
    }

    /// <summary>A body already encoded as UTF-8 (a large OGC page: no second copy as a string).</summary>
    public GeoJsonText(byte[] utf8) : base(utf8, MediaTypes.GeoJson)
    {
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TSchema), [MediaTypes.GeoJson]));
}
