namespace PartyAtlas.Api.Platform;

/// <summary>
/// One answer as served: its body, content type and validator, with the compressed variants made the
/// first time a client asks for each (then kept: an answer is compressed at most once per coding and
/// data version).
/// </summary>
internal sealed class CachedResponse(string kind, string version, string etag, byte[] body, string contentType)
{
    private byte[]? _gzip;
    private byte[]? _brotli;

    /// <summary>The kind of answer, for metrics: the route's first segment (tiles, reach, ogc …).</summary>
    public string Kind => kind;

    public string Version => version;

    /// <summary>The strong validator of the identity body; a compressed variant appends its coding.</summary>
    public string ETag => etag;

    public byte[] Body => body;

    public string ContentType => contentType;

    /// <summary>Bytes held now (the body and the variants made so far).</summary>
    public long Bytes => body.Length + (_gzip?.Length ?? 0) + (_brotli?.Length ?? 0);

    /// <summary>The body in <paramref name="coding"/> (identity when compression would not pay), and whether it was made now.</summary>
    public (byte[] Body, ContentCoding Coding, bool Made) Get(ContentCoding coding, bool fast)
    {
        if (coding == ContentCoding.Identity || body.Length < ContentCodings.MinimumBytes)
        {
            return (body, ContentCoding.Identity, false);
        }

        if (fast)
        {
            // Not kept (the cache is off): compressed for this response alone, at the fastest level.
            return (ContentCodings.Compress(body, coding, fast: true), coding, false);
        }

        ref var slot = ref coding == ContentCoding.Gzip ? ref _gzip : ref _brotli;
        if (Volatile.Read(ref slot) is { } made)
        {
            return (made, coding, false);
        }

        // Two requests may both compress a new entry; either result is the same bytes.
        var compressed = ContentCodings.Compress(body, coding, fast: false);
        Volatile.Write(ref slot, compressed);
        return (compressed, coding, true);
    }

    public string ETagFor(ContentCoding coding) => ETagFor(etag, coding);

    public static string ETagFor(string identityEtag, ContentCoding coding) =>
        ContentCodings.HeaderValue(coding) is { } suffix ? $"{identityEtag[..^1]}-{suffix}\"" : identityEtag;
}
