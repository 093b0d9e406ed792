using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace PartyAtlas.Api.Platform;

/// <summary>The content codings PartyAtlas stores: the body as is, gzip and Brotli.</summary>
public enum ContentCoding
{
    Identity,
    Gzip,
    Brotli,
}

/// <summary>How hard to compress: for one response, for a kept variant now, or the best, made in the background.</summary>
public enum CompressionEffort
{
    Fast,
    Kept,
    Best,
}

/// <summary>Accept-Encoding negotiation and the one-off compression of cached bodies.</summary>
public static class ContentCodings
{
    /// <summary>Bodies smaller than this are not worth a compressed variant (headers would dominate).</summary>
    public const int MinimumBytes = 860;

    /// <summary>Brotli when the client takes it, else gzip, else identity (q=0 refuses a coding).</summary>
    public static ContentCoding Negotiate(HttpRequest request)
    {
        var header = request.Headers.AcceptEncoding;
        if (header.Count == 0)
        {
            return ContentCoding.Identity;
        }

        double? br = null, gzip = null, any = null;
        if (StringWithQualityHeaderValue.TryParseList(header, out var values))
        {
            foreach (var value in values)
            {
                var quality = value.Quality ?? 1;
                switch (value.Value.Value?.ToLowerInvariant())
                {
                    case "br": br = quality; break;
                    case "gzip" or "x-gzip": gzip = quality; break;
                    case "*": any = quality; break;
                }
            }
        }

        var brotli = br ?? any ?? 0;
        var gz = gzip ?? any ?? 0;
        return brotli > 0 && brotli >= gz ? ContentCoding.Brotli : gz > 0 ? ContentCoding.Gzip : ContentCoding.Identity;
    }
    public static string? HeaderValue(ContentCoding coding) => coding switch
    {
        ContentCoding.Gzip => "gzip",
        ContentCoding.Brotli => "br",
        _ => null,
    };

    /// <summary>
    /// A kept variant is compressed once per data version, so a smaller body is worth a slower level, and
    /// a large one is compressed again at the best level in the background (Brotli at quality 11 finds the
    /// borders two neighbouring countries share, a page apart: a third smaller than quality 5, but about
    /// 2 s per megabyte). A body compressed for one response alone takes the fastest level.
    /// </summary>
    public static byte[] Compress(byte[] body, ContentCoding coding, CompressionEffort effort)
    {
        using var output = new MemoryStream(body.Length / 4 + 64);
        if (coding == ContentCoding.Brotli)
        {
            using var encoder = new BrotliEncoder(quality: effort switch { CompressionEffort.Fast => 1, CompressionEffort.Kept => 5, _ => 11 }, window: 24);
            var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
            if (encoder.Compress(body, buffer, out _, out var written, isFinalBlock: true) != System.Buffers.OperationStatus.Done)
            {
                throw new InvalidOperationException("Brotli could not compress the body.");
            }

            return buffer[..written];
        }

        using (var gzip = new GZipStream(output, effort switch { CompressionEffort.Fast => CompressionLevel.Fastest, CompressionEffort.Kept => CompressionLevel.Optimal, _ => CompressionLevel.SmallestSize }, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
