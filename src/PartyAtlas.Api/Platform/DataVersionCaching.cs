using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using Npgsql;
using PartyAtlas.Core.Database;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// Responses change only when an import changes the data version, so a strong ETag derived from
/// the version and the request lets clients revalidate with If-None-Match and get a 304.
/// </summary>
internal static class DataVersionCaching
{
    public const int MaxAgeSeconds = 300;

    private const string VersionKey = "PartyAtlas.DataVersion";

    /// <summary>The data version this request is answered from (read once, by the caching filter).</summary>
    public static string Version(HttpContext http) => http.Items[VersionKey] as string ?? "none";

    public static TBuilder CacheByDataVersion<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var version = await http.RequestServices.GetRequiredService<NpgsqlDataSource>().DataVersionAsync(http.RequestAborted) ?? "none";
            http.Items[VersionKey] = version;
            var etag = ETagFor(version, http.Request);
            http.Response.Headers.Vary = HeaderNames.Accept;
            if (Matches(http.Request.Headers.IfNoneMatch, etag))
            {
                SetCachingHeaders(http, etag);
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }

            var result = await next(context);
            // Only successful bodies are cacheable; a Results<…> union wraps the one returned.
            if ((result is INestedHttpResult nested ? nested.Result : result) is PrebuiltBodyResult)
            {
                SetCachingHeaders(http, etag);
            }

            return result;
        });
        return builder;
    }

    private static string ETagFor(string version, HttpRequest request)
    {
        // The query in a canonical order, and whether CSV was negotiated through Accept.
        var query = string.Join('&', request.Query.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"{q.Key}={q.Value}"));
        var csv = CsvText.Wanted(request, request.Query["f"].FirstOrDefault()) ? "csv" : "json";
        // The public base URL too: bodies with absolute links differ behind different proxies.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{version}\n{PublicUrls.Base(request)}{request.Path}\n{query}\n{csv}"));
        return $"\"{version}-{Convert.ToHexStringLower(hash)[..16]}\"";
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        foreach (var header in ifNoneMatch)
        {
            foreach (var candidate in (header ?? "").Split(',', StringSplitOptions.TrimEntries))
            {
                if (candidate == "*" || candidate == etag || candidate == $"W/{etag}")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void SetCachingHeaders(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = $"public, max-age={MaxAgeSeconds}";
    }
}
