namespace PartyAtlas.Api.Platform;

/// <summary>
/// Writes a prebuilt body in slices. Kestrel copies whatever one write hands it into the connection's
/// pipe and only then waits for the client, so one write of a 5 MB page to a slow reader parked 5 MB per
/// connection; slice by slice, each connection holds at most about a slice beyond Kestrel's own buffer,
/// and every client reads from the one shared (cached) array.
/// </summary>
internal static class BodyWriter
{
    public const int Slice = 32 * 1024;

    public static async Task WriteAsync(HttpResponse response, byte[] body, CancellationToken ct)
    {
        for (var offset = 0; offset < body.Length; offset += Slice)
        {
            await response.Body.WriteAsync(body.AsMemory(offset, Math.Min(Slice, body.Length - offset)), ct);
        }
    }
}
