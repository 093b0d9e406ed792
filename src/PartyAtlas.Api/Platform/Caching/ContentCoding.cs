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
    /// A kept variant is compressed once per data version, so a smaller body is worth a slower level;
    /// <paramref name="fast"/> (a body compressed for one response) takes the fastest.
    /// </summary>
    public static byte[] Compress(byte[] body, ContentCoding coding, bool fast)
    {
        using var output = new MemoryStream(body.Length / 4 + 64);
        if (coding == ContentCoding.Brotli)
        {
            using var encoder = new BrotliEncoder(quality: fast ? 1 : 6, window: 22);
            var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
            if (encoder.Compress(body, buffer, out _, out var written, isFinalBlock: true) != System.Buffers.OperationStatus.Done)
            {
                throw new InvalidOperationException("Brotli could not compress the body.");
            }

            return buffer[..written];
        }

        using (var gzip = new GZipStream(output, fast ? CompressionLevel.Fastest : CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
