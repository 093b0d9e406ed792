using System.Text;

namespace PartyAtlas.Api.Platform;

/// <summary>A 200 whose body was built beforehand (JSON or a tile by PostGIS, CSV from JSON), written as is; HEAD gets the headers only.</summary>
public abstract class PrebuiltBodyResult(byte[] body, string contentType, string? contentTypeParameters = "charset=utf-8")
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    protected PrebuiltBodyResult(string body, string contentType, string? contentTypeParameters = "charset=utf-8")
        : this(Encoding.UTF8.GetBytes(body), contentType, contentTypeParameters)
    {
    }

    public byte[] Body => body;

    /// <summary>Headers that belong to this body (e.g. Content-Crs), kept with it by the response cache.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public int? StatusCode => StatusCodes.Status200OK;

    public string? ContentType => contentType;

    /// <summary>The Content-Type header: the media type and its parameters.</summary>
    public string FullContentType => contentTypeParameters is null ? contentType : $"{contentType}; {contentTypeParameters}";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = body;
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = FullContentType;
        httpContext.Response.ContentLength = bytes.Length;
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            httpContext.Response.Headers[name] = value;
        }

        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await BodyWriter.WriteAsync(httpContext.Response, bytes, httpContext.RequestAborted);
        }
    }
}
