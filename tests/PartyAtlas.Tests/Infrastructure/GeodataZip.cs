using System.IO.Compression;
using System.Net.Http.Headers;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>A geodata folder as the zip POST /admin/import takes (entries under geodata/).</summary>
public static class GeodataZip
{
    public static ByteArrayContent Of(string folder, Action<ZipArchive>? extra = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            {
                zip.CreateEntryFromFile(file, "geodata/" + Path.GetRelativePath(folder, file).Replace('\\', '/'));
            }

            extra?.Invoke(zip);
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }
}
