using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;

namespace PartyAtlas.Api.Infrastructure;

public static class MediaTypes
{
    public const string GeoJson = "application/geo+json";
    public const string Json = "application/json";
}

/// <summary>A 200 whose body was built beforehand (JSON or a tile by PostGIS, CSV from JSON), written as is; HEAD gets the headers only.</summary>
public abstract class PrebuiltBodyResult(byte[] body, string contentType, string? contentTypeParameters = "charset=utf-8")
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    protected PrebuiltBodyResult(string body, string contentType, string? contentTypeParameters = "charset=utf-8")
        : this(Encoding.UTF8.GetBytes(body), contentType, contentTypeParameters)
    {
    }

    public byte[] Body => body;

    public int? StatusCode => StatusCodes.Status200OK;

    public string? ContentType => contentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = body;
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = contentTypeParameters is null ? contentType : $"{contentType}; {contentTypeParameters}";
        httpContext.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted);
        }
    }
}

/// <summary>GeoJSON from PostGIS; <typeparamref name="TSchema"/> documents its shape in OpenAPI.</summary>
public sealed class GeoJsonText<TSchema>(string json) : PrebuiltBodyResult(json, MediaTypes.GeoJson), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TSchema), [MediaTypes.GeoJson]));
}

/// <summary>JSON from PostGIS; <typeparamref name="TSchema"/> documents its shape in OpenAPI.</summary>
public sealed class JsonText<TSchema>(string json) : PrebuiltBodyResult(json, MediaTypes.Json), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TSchema), [MediaTypes.Json]));
}
