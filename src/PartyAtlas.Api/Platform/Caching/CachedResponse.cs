namespace PartyAtlas.Api.Platform;

/// <summary>
/// One answer as served: its body, content type and validator, with the compressed variants made the
/// first time a client asks for each (then kept: an answer is compressed at most once per coding and
/// data version).
/// </summary>
internal sealed class CachedResponse(string kind, string version, string etag, byte[] body, string contentType,
    IReadOnlyDictionary<string, string>? headers = null)
{
    private byte[]? _gzip;
    private byte[]? _brotli;
    private volatile bool _improved;

    /// <summary>The kind of answer, for metrics: the route's first segment (tiles, reach, ogc …).</summary>
    public string Kind => kind;

    public string Version => version;

    /// <summary>The strong validator of the identity body; a compressed variant appends its coding.</summary>
    public string ETag => etag;

    public byte[] Body => body;

    public string ContentType => contentType;

    /// <summary>Headers of this answer beyond the validators (e.g. Content-Crs).</summary>
    public IReadOnlyDictionary<string, string> Headers => headers ?? Empty;

    private static readonly Dictionary<string, string> Empty = new(StringComparer.Ordinal);

    /// <summary>Bytes held now (the body and the variants made so far).</summary>
    public long Bytes => body.Length + (_gzip?.Length ?? 0) + (_brotli?.Length ?? 0);

    /// <summary>Bodies from this size on get a best-effort variant made in the background.</summary>
    public const int ImproveFrom = 32 * 1024;

    /// <summary>The body in <paramref name="coding"/> (identity when compression would not pay), and whether a variant was made now.</summary>
    public (byte[] Body, ContentCoding Coding, bool Made) Get(ContentCoding coding, bool fast)
    {
        if (coding == ContentCoding.Identity || body.Length < ContentCodings.MinimumBytes)
        {
            return (body, ContentCoding.Identity, false);
        }

        if (fast)
        {
            // Not kept (the cache is off): compressed for this response alone, at the fastest level.
            return (ContentCodings.Compress(body, coding, CompressionEffort.Fast), coding, false);
        }

        ref var slot = ref coding == ContentCoding.Gzip ? ref _gzip : ref _brotli;
        if (Volatile.Read(ref slot) is { } made)
        {
            return (made, coding, false);
        }

        // Two requests may both compress a new entry; either result decodes to the same body.
        var compressed = ContentCodings.Compress(body, coding, CompressionEffort.Kept);
        Volatile.Write(ref slot, compressed);
        return (compressed, coding, true);
    }

    /// <summary>True when a Brotli variant exists and a background pass at the best level would shrink it.</summary>
    public bool Improvable => body.Length >= ImproveFrom && Volatile.Read(ref _brotli) is not null && !_improved;

    /// <summary>Replaces the Brotli variant with one at the best level (the background pass).</summary>
    public void Improve()
    {
        var best = ContentCodings.Compress(body, ContentCoding.Brotli, CompressionEffort.Best);
        if (best.Length < (Volatile.Read(ref _brotli)?.Length ?? int.MaxValue))
        {
            Volatile.Write(ref _brotli, best);
        }

        _improved = true;
    }

    /// <summary>
    /// The validator of a variant: the identity body's strong ETag; compressed variants share it as a weak
    /// one (the same content, as nginx does), since a Brotli variant may be recompressed smaller later.
    /// </summary>
    public string ETagFor(ContentCoding coding) => coding == ContentCoding.Identity ? etag : $"W/{etag}";
}
