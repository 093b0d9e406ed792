namespace PartyAtlas.Api.Platform;

/// <summary>304: the client's copy (named by its ETag) is still the answer for the current data version.</summary>
internal sealed class NotModifiedResult(string etag, string version) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status304NotModified;
        ResponseCaching.SetValidators(httpContext.Response, etag, version);
        return Task.CompletedTask;
    }
}
