using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using PartyAtlas.Api.Ogc.Html;
using PartyAtlas.Core.Release;

namespace PartyAtlas.Api.Release;

/// <summary>The current release's files (<c>DownloadList</c>): where each is and how big.</summary>
public sealed record DownloadList(
    string DataVersion, string DateReleased, string HowToCite, string Bibtex, string Licence, string LicenceUrl, IReadOnlyList<DownloadFile> Files);

public sealed record DownloadFile(string Path, string Url, long Bytes, string MediaType);

/// <summary>
/// GET /downloads: the citable release of the current data version (what `export dataset` writes), made once
/// per data version on first request into a folder of its own, listed, and each file served with ETags by
/// the response cache. The kept bundle is read through the writer's login: the read role cannot see it.
/// </summary>
public static class DownloadEndpoints
{
    private static readonly SemaphoreSlim Making = new(1, 1);
    private static readonly FileExtensionContentTypeProvider Types = new() { Mappings = { [".cff"] = "application/x-yaml", [".md"] = "text/markdown", [".bib"] = "text/x-bibtex", [".gpkg"] = "application/geopackage+sqlite3" } };

    public static IEndpointRouteBuilder MapDownloadEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/downloads").WithTags("Downloads").CacheResponses().RequireRateLimiting(RateLimits.Analytics);
        group.MapGet("", GetList).OfferHtml(DownloadsHtml.Render).WithName("GetDownloads")
            .WithSummary("The citable release of the current data version: Data Package, CSV files, GeoPackage, CITATION.cff and CITATION.bib, README")
            .WithDescription("JSON for scripts (how to cite, BibTeX, licence, each file's URL and size). A browser (`Accept: text/html`, or `f=html`) gets the same as a page.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{**path}", GetFile).WithName("GetDownload").WithSummary("One file of the current release")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<JsonText<DownloadList>, ProblemHttpResult>> GetList(HttpContext http, WriterDataSource writer, CancellationToken ct)
    {
        if (http.Request.Query["f"] is { Count: > 0 } f && f.ToString() is not ("json" or "html"))
        {
            return Problems.BadParameter("f", $"'{f}' is not one of: json, html.");
        }

        if (await ReleaseFolderAsync(writer, ct) is not var (folder, version))
        {
            return Problems.NotFound("The current data version kept no bundle of its files: import geodata again.");
        }

        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => new DownloadFile(p, $"{PublicUrls.Base(http.Request)}/downloads/{p}?v={version}", new FileInfo(Path.Combine(folder, p)).Length, MediaType(p)))
            .ToArray();
        var released = DatasetRelease.ReleasedOn(folder);
        var list = new DownloadList(version, released, DatasetCitation.Text(version, released), await File.ReadAllTextAsync(Path.Combine(folder, "CITATION.bib"), ct),
            DatasetCitation.Licence, DatasetCitation.LicenceUrl, files);
        return new JsonText<DownloadList>(JsonSerializer.Serialize(list, JsonOptions));
    }

    public static async Task<Results<DownloadBody, ProblemHttpResult>> GetFile(
        [Description("A file of the release, as /downloads lists it, e.g. data/participations.csv.")] string path, WriterDataSource writer, CancellationToken ct)
    {
        if (await ReleaseFolderAsync(writer, ct) is not var (folder, _))
        {
            return Problems.NotFound("The current data version kept no bundle of its files: import geodata again.");
        }

        var full = Path.GetFullPath(Path.Combine(folder, path));
        return full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full)
            ? new DownloadBody(await File.ReadAllBytesAsync(full, ct), MediaType(path))
            : Problems.NotFound($"No file '{Uri.EscapeDataString(path)}' in the release. See /downloads.");
    }

    // The release of the current version, made once (per process) in a folder named after the version.
    private static async Task<(string Folder, string Version)?> ReleaseFolderAsync(WriterDataSource writer, CancellationToken ct)
    {
        var root = Path.Combine(Path.GetTempPath(), "partyatlas-release");
        await Making.WaitAsync(ct);
        try
        {
            var version = await CurrentVersionAsync(writer, ct) ?? "none";
            var folder = Path.Combine(root, $"{version}-{DatasetRelease.Build}"); // a release kept by another build is not reused
            if (Directory.Exists(folder))
            {
                return (folder, version);
            }

            // Written aside and moved into place: a reader never sees half a release.
            var staging = Directory.CreateTempSubdirectory("partyatlas-release-staging-").FullName;
            try
            {
                if (await DatasetRelease.WriteAsync(writer.DataSource, staging, null, ct) is null)
                {
                    return null;
                }

                Directory.CreateDirectory(root);
                try
                {
                    Directory.Move(staging, folder);
                }
                catch (IOException) when (Directory.Exists(folder))
                {
                    // Another process made the same version's release first: the same files.
                }

                return (folder, version);
            }
            finally
            {
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }
            }
        }
        finally
        {
            Making.Release();
        }
    }

    private static async Task<string?> CurrentVersionAsync(WriterDataSource writer, CancellationToken ct) =>
        await Core.Database.SqlQueries.DataVersionAsync(writer.DataSource, ct);

    private static string MediaType(string path) => Types.TryGetContentType(path, out var type) ? type : "application/octet-stream";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}

/// <summary>One file of the release, cached and revalidated like every other answer.</summary>
public sealed class DownloadBody(byte[] body, string mediaType) : PrebuiltBodyResult(body, mediaType, mediaType.StartsWith("text/", StringComparison.Ordinal) ? "charset=utf-8" : null);
