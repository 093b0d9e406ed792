using Microsoft.AspNetCore.Http;
using PartyAtlas.Api.Platform;

namespace PartyAtlas.UnitTests.Platform;

public sealed class ResponseTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1 555", "'+1 555")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+3", "+3")]
    [InlineData("Nepal", "Nepal")]
    [InlineData("", "")]
    public void A_csv_cell_a_spreadsheet_would_run_gets_a_leading_apostrophe(string cell, string written) =>
        Assert.Equal(written, CsvText.Defused(cell));

    [Theory]
    [InlineData("/ok", "/ok")]
    [InlineData("/a\nb", "/a\\u000ab")]
    [InlineData("/a\r\n\u0000", "/a\\u000d\\u000a\\u0000")]
    public void Logged_text_writes_control_characters_as_escapes(string text, string logged) =>
        Assert.Equal(logged, Observability.Printable(text));

    [Theory]
    [InlineData(null, ContentCoding.Identity)]
    [InlineData("gzip", ContentCoding.Gzip)]
    [InlineData("gzip, deflate, br", ContentCoding.Brotli)]
    [InlineData("br;q=0, gzip", ContentCoding.Gzip)]
    [InlineData("gzip;q=0.5, br;q=0.4", ContentCoding.Gzip)]
    [InlineData("identity", ContentCoding.Identity)]
    [InlineData("*", ContentCoding.Brotli)]
    [InlineData("*;q=0", ContentCoding.Identity)]
    [InlineData("gzip;q=0, *", ContentCoding.Brotli)]
    public void The_client_gets_the_best_coding_it_takes(string? acceptEncoding, ContentCoding expected)
    {
        var http = new DefaultHttpContext();
        if (acceptEncoding is not null)
        {
            http.Request.Headers.AcceptEncoding = acceptEncoding;
        }

        Assert.Equal(expected, ContentCodings.Negotiate(http.Request));
    }

    [Theory]
    [InlineData(ContentCoding.Gzip)]
    [InlineData(ContentCoding.Brotli)]
    public void Every_compression_effort_unpacks_to_the_same_body(ContentCoding coding)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"[{i * 1.5},{i * -0.25}],")));
        foreach (var effort in Enum.GetValues<CompressionEffort>())
        {
            var packed = ContentCodings.Compress(body, coding, effort);
            using var input = new MemoryStream(packed);
            using System.IO.Stream unpack = coding == ContentCoding.Brotli
                ? new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress)
                : new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress);
            using var output = new MemoryStream();
            unpack.CopyTo(output);
            Assert.Equal(body, output.ToArray());
            Assert.True(packed.Length < body.Length * 0.6, $"{coding} {effort}: {packed.Length} of {body.Length}");
        }
    }
}
