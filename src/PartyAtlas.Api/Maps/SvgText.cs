using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace PartyAtlas.Api.Maps;

/// <summary>An SVG figure (image/svg+xml), cached and compressed like every other answer.</summary>
public sealed class SvgText(string svg) : PrebuiltBodyResult(svg, MediaType), IEndpointMetadataProvider
{
    public const string MediaType = "image/svg+xml";

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [MediaType]));
}

/// <summary>A PNG figure, cached like every other answer.</summary>
public sealed class PngImage(byte[] png) : PrebuiltBodyResult(png, MediaType, null), IEndpointMetadataProvider
{
    public const string MediaType = "image/png";

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(byte[]), [MediaType]));
}
