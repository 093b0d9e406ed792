namespace PartyAtlas.Api.Platform;

/// <summary>
/// Writes a cached answer in the coding the client takes best (Brotli, gzip or as is), with its
/// validator for that coding; HEAD gets the headers only; If-None-Match of a held ETag or "*" gets a 304.
/// </summary>
internal sealed class CachedResponseResult(CachedResponse entry, ResponseCache cache, string key, string cacheState)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public string? ContentType => entry.ContentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        var (body, coding, made) = entry.Get(ContentCodings.Negotiate(request), fast: !cache.Enabled);
        if (made)
        {
            cache.Store(key, entry); // re-weighed with its new variant
            cache.ImproveLater(key, entry);
        }

        var etag = entry.ETagFor(coding);
        response.Headers["PartyAtlas-Cache"] = cacheState;
        if (ResponseCaching.Revalidates(request, entry.ETag) || ResponseCaching.AnyRepresentation(request))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            ResponseCaching.SetValidators(response, etag, entry.Version);
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = entry.ContentType;
        response.ContentLength = body.Length;
        if (ContentCodings.HeaderValue(coding) is { } encoding)
        {
            response.Headers.ContentEncoding = encoding;
        }

        ResponseCaching.SetValidators(response, etag, entry.Version);
        foreach (var (name, value) in entry.Headers)
        {
            response.Headers[name] = value;
        }

        if (!HttpMethods.IsHead(request.Method))
        {
            await BodyWriter.WriteAsync(response, body, httpContext.RequestAborted);
        }
    }
}
