using System.Text.RegularExpressions;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// Immutable, versioned URLs: links PartyAtlas writes (TileJSON tiles, styles, OGC links) carry `v=` the data
/// version they were built from. A request whose `v` is the current version is promised to caches for a
/// year (`immutable`): an HTTP cache or CDN in front keeps it until the next import changes the links. An old
/// `v` is redirected to the current one; a `v` this server has not seen yet (a replica behind) is answered
/// without the promise. Requests without `v` keep the short max-age and ETag revalidation.
/// </summary>
public static partial class VersionedUrls
{
    /// <summary>The query parameter every cached data route accepts.</summary>
    public const string Parameter = "v";

    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    private const string ImmutableKey = "PartyAtlas.Immutable";

    /// <summary><paramref name="url"/> with `v` set to the data version this request is answered from.</summary>
    public static string With(HttpContext http, string url) => With(url, ResponseCaching.Version(http));

    public static string With(string url, string version)
    {
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return $"{url}{separator}{Parameter}={Uri.EscapeDataString(version)}";
    }

    /// <summary>Whether an answer of <paramref name="version"/> may be promised to caches for a year: the request's `v` names that version.</summary>
    public static bool IsImmutable(HttpContext http, string version) => http.Items[ImmutableKey] as string == version;

    /// <summary>A version as answers carry it: 16 lower-case hex digits, or "none" before the first import.</summary>
    public static bool IsWellFormed(string v) => v == "none" || VersionForm().IsMatch(v);

    /// <summary>What to do with the request's `v`: nothing (absent), serve (promised or not), or redirect to the current version.</summary>
    internal static async Task<IResult?> CheckAsync(HttpContext http, DataVersionMonitor monitor)
    {
        var requested = http.Request.Query[Parameter];
        if (requested.Count == 0)
        {
            return null;
        }

        if (requested.Count > 1 || !IsWellFormed(requested[0]!))
        {
            return Problems.BadParameter(Parameter, "A data version: 16 hexadecimal digits, as links carry it (PartyAtlas-Data-Version).");
        }

        var v = requested[0]!;
        if (v != monitor.Current && !monitor.IsPast(v))
        {
            // Perhaps newer than this process has read (an import just committed): read again once.
            await monitor.TryRefreshAsync(http.RequestAborted);
        }

        if (v == monitor.Current)
        {
            http.Items[ImmutableKey] = v;
            return null;
        }

        return monitor.IsPast(v) ? new RedirectToCurrent(monitor.Current) : null;
    }

    /// <summary>302 to the same URL with the current version: the old links of a cached page keep working.</summary>
    private sealed class RedirectToCurrent(string current) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            var query = http.Request.Query.Where(q => q.Key != Parameter)
                .SelectMany(q => q.Value.Select(value => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(value ?? "")}"));
            var url = With($"{PublicUrls.Base(http.Request)}{http.Request.Path}{(query.Any() ? "?" + string.Join('&', query) : "")}", current);
            http.Response.StatusCode = StatusCodes.Status302Found;
            http.Response.Headers.Location = url;
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers["PartyAtlas-Data-Version"] = current;
            return Task.CompletedTask;
        }
    }

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex VersionForm();
}
