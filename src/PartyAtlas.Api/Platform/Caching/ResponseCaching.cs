using System.Security.Cryptography;
using System.Text;
using PartyAtlas.Core.Database;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// The data answers' endpoint filter: answers from the response cache when it can (no database round
/// trip: the data version is in memory), revalidates with strong ETags (304), and otherwise builds the
/// answer, labels it with the data version its queries saw and keeps it for the next client.
/// </summary>
internal static class ResponseCaching
{
    public const int MaxAgeSeconds = 300;

    private const string VersionKey = "PartyAtlas.DataVersion";

    /// <summary>The data version this request is answered from.</summary>
    public static string Version(HttpContext http) => http.Items[VersionKey] as string ?? "none";

    public static TBuilder CacheResponses<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(VersionedAnswer.Instance);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var monitor = http.RequestServices.GetRequiredService<DataVersionMonitor>();
            var cache = http.RequestServices.GetRequiredService<ResponseCache>();
            var request = NormalisedRequest(http.Request);
            var kind = Kind(http.Request.Path);
            // Before the monitor's first read (a process just started), read the version now rather than
            // answer under "none": links would carry it and caches would keep it.
            if (monitor.Current == "none")
            {
                await monitor.TryRefreshAsync(http.RequestAborted);
            }

            if (await VersionedUrls.CheckAsync(http, monitor) is { } versionAnswer)
            {
                return versionAnswer;
            }

            var version = monitor.Current;
            http.Items[VersionKey] = version;
            if (cache.Find(Key(version, request), kind) is { } hit)
            {
                return new CachedResponseResult(hit, cache, Key(version, request), "hit");
            }

            var etag = ETag(version, request);
            if (Revalidates(http.Request, etag))
            {
                return new NotModifiedResult(etag, version);
            }

            // Built only in a free build slot: misses queue briefly, then get a 503, never pile up.
            using var slot = await http.RequestServices.GetRequiredService<BuildSlots>().EnterAsync(http.RequestAborted);
            if (slot is null)
            {
                http.Response.Headers.RetryAfter = "1";
                return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy",
                    detail: "Too many answers are being built right now; try again in a second (answers already built are served at once).");
            }

            // Built at most twice: again when its queries saw another version than the one in memory
            // (an import just committed) or two different ones (it committed between them).
            for (var attempt = 1; ; attempt++)
            {
                using var snapshot = DataSnapshot.Begin();
                var result = await next(context);
                // Only successful bodies are cached; a Results<…> union wraps the one returned.
                if ((result is INestedHttpResult nested ? nested.Result : result) is not PrebuiltBodyResult body)
                {
                    return result;
                }

                var seen = snapshot.Version ?? version;
                if ((seen != version || snapshot.Mixed) && attempt == 1)
                {
                    await monitor.RefreshAsync(http.RequestAborted);
                    version = snapshot.Mixed ? monitor.Current : seen;
                    http.Items[VersionKey] = version;
                    continue;
                }

                if (snapshot.Mixed)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Data changing",
                        detail: "An import committed while this answer was being built; try again.");
                }

                var entry = new CachedResponse(kind, seen, ETag(seen, request), body.Body, body.FullContentType, body.Headers);
                if (seen == monitor.Current)
                {
                    cache.Store(Key(seen, request), entry);
                }

                return new CachedResponseResult(entry, cache, Key(seen, request), "miss");
            }
        });
        return builder;
    }

    /// <summary>
    /// What makes two requests the same answer: the path, the query in a canonical order with every key
    /// and value escaped (so "iso3=NPL%26year%3D2017" is not "iso3=NPL&amp;year=2017"), whether CSV was
    /// negotiated through Accept, whether an OGC page was (HTML), and the public base URL (bodies with absolute links differ behind proxies).
    /// </summary>
    internal static string NormalisedRequest(HttpRequest request)
    {
        var builder = new StringBuilder(128).Append(PublicUrls.Base(request)).Append(request.Path.Value).Append('?');
        // `v` only says which version the client expects: the answer is the current version's either way.
        foreach (var (key, values) in request.Query.Where(q => q.Key != VersionedUrls.Parameter).OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            foreach (var value in values)
            {
                builder.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value ?? "")).Append('&');
            }
        }

        builder.Append(CsvText.Wanted(request, request.Query["f"].FirstOrDefault()) ? "\ncsv" : Ogc.Html.HtmlNegotiation.Wanted(request) ? "\nhtml" : "\njson");
        return builder.ToString();
    }

    private static string Key(string version, string request) => $"{version}\n{request}";

    private static string ETag(string version, string request)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Key(version, request)));
        return $"\"{version}-{Convert.ToHexStringLower(hash)[..16]}\"";
    }

    /// <summary>The kind of answer for metrics: the first path segment without its extension.</summary>
    private static string Kind(PathString path)
    {
        var first = (path.Value ?? "/").AsSpan(1);
        var end = first.IndexOfAny('/', '.');
        return (end < 0 ? first : first[..end]).ToString() is { Length: > 0 } kind ? kind : "root";
    }

    /// <summary>If-None-Match naming this answer's ETag (in any coding); "*" is decided once the answer exists.</summary>
    internal static bool Revalidates(HttpRequest request, string etag)
    {
        foreach (var header in request.Headers.IfNoneMatch)
        {
            foreach (var candidate in (header ?? "").Split(',', StringSplitOptions.TrimEntries))
            {
                // Weak comparison (RFC 9110 13.1.2), as If-None-Match asks: a compressed copy's W/ tag matches too.
                var tag = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
                if (tag == etag)
                {
                    return true;
                }
            }
        }

        return false;
    }

    internal static bool AnyRepresentation(HttpRequest request) =>
        request.Headers.IfNoneMatch.Any(h => (h ?? "").Split(',', StringSplitOptions.TrimEntries).Contains("*"));

    internal static void SetValidators(HttpResponse response, string etag, string version)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = VersionedUrls.IsImmutable(response.HttpContext, version) ? VersionedUrls.ImmutableCacheControl : $"public, max-age={MaxAgeSeconds}";
        // Without a configured public base URL, links follow the Host (and a trusted proxy's forwarded headers).
        response.Headers.Vary = PublicUrls.FollowsRequest(response.HttpContext.Request)
            ? "Accept, Accept-Encoding, Host, X-Forwarded-Host, X-Forwarded-Proto, X-Forwarded-Prefix"
            : "Accept, Accept-Encoding";
        response.Headers["PartyAtlas-Data-Version"] = version;
    }
}
