using System.ComponentModel;
using System.IO.Compression;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Import;

namespace PartyAtlas.Api.Admin;

/// <summary>
/// POST /admin/import: the CLI's import over HTTP, for maintainers who cannot run the CLI on the
/// server. Off unless API keys are configured; same validation and all-or-nothing semantics.
/// </summary>
public static class AdminEndpoints
{
    public const long MaxBodyBytes = 32 * 1024 * 1024;
    private const long MaxUnzippedBytes = 128 * 1024 * 1024;

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/import", Import)
            .WithTags("Admin")
            .ValidateRequest()
            .RequireRateLimiting(RateLimits.Analytics)
            .WithName("AdminImport")
            .WithSummary("Import a geodata bundle (zip of countries.geojson and dialogues/*.csv); all or nothing")
            .WithDescription($"Needs the `{ApiKeys.Header}` header with a maintainer key (keys are configured as SHA-256 hashes; without any, the endpoint is disabled). The body is a zip, at most {MaxBodyBytes / 1024 / 1024} MiB. Problems → 400 with every problem listed; nothing is written.")
            .Accepts<IFormFile>("application/zip")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    public static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> Import(
        HttpRequest request, ApiKeys keys, WriterDataSource writer, DataVersionMonitor monitor, IOptions<PartyAtlasOptions> settings, ILoggerFactory loggers,
        [Description("true: validate and report, write nothing.")] bool? dry_run,
        [Description("true: apply even if a table would lose more than PartyAtlas:Admin:MaxShrinkPercent (20 %) of its rows (otherwise 409, nothing written).")] bool? allow_shrink,
        CancellationToken ct)
    {
        if (!keys.Enabled)
        {
            return Problem(StatusCodes.Status403Forbidden, "Import disabled", "HTTP import is off: no API keys are configured (PartyAtlas:Admin:ApiKeys).");
        }

        if (request.Headers[ApiKeys.Header].FirstOrDefault() is not { Length: > 0 } presented)
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiKeys.Header}\"";
            return Problem(StatusCodes.Status401Unauthorized, "API key required", $"Send a maintainer key in the {ApiKeys.Header} header.");
        }

        if (keys.Authenticate(presented) is not { } who)
        {
            return Problem(StatusCodes.Status403Forbidden, "API key refused", "The key is not one of the configured maintainer keys.");
        }

        if (request.ContentType?.Split(';')[0].Trim() is not ("application/zip" or "application/octet-stream"))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the bundle with Content-Type: application/zip.");
        }

        var body = await ReadBodyAsync(request, ct);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Bundle too large", $"The body is over {MaxBodyBytes / 1024 / 1024} MiB.");
        }

        var folder = Directory.CreateTempSubdirectory("partyatlas-import-");
        try
        {
            if (Unzip(body, folder.FullName) is { } zipProblem)
            {
                return Problem(StatusCodes.Status400BadRequest, "Unreadable bundle", zipProblem);
            }

            var options = new ImportOptions(DryRun: dry_run == true, AllowShrink: allow_shrink == true, MaxShrink: settings.Value.Admin.MaxShrinkPercent / 100);
            var result = await GeodataImporter.ImportAsync(writer.DataSource, folder.FullName, options, ct);
            // The version replaced is the one the import found under its lock (not one read before it waited).
            var before = options.DryRun ? await writer.DataSource.DataVersionAsync(ct) : result.ReplacedVersion;
            var after = await writer.DataSource.DataVersionAsync(ct);
            // This process serves the new version from the next request on (others within a poll).
            await monitor.RefreshAsync(ct);
            loggers.CreateLogger("PartyAtlas.Admin").LogInformation(
                "HTTP import by {KeyName}: {Outcome}, data version {Before} -> {After}, {Problems} problem(s)",
                who, result.Outcome, before, after, result.Problems.Count);
            if (result.Outcome == ImportOutcome.Invalid)
            {
                return TypedResults.Problem(detail: $"{result.Problems.Count} problem(s); nothing was written.", statusCode: StatusCodes.Status400BadRequest,
                    title: "Invalid bundle", extensions: new Dictionary<string, object?> { ["problems"] = result.Problems.Select(p => p.ToString()).ToArray() });
            }

            if (result.Outcome == ImportOutcome.Refused)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Import would shrink the data",
                    detail: $"This bundle would remove more than {options.MaxShrink:P0} of the rows of {string.Join(", ", result.Shrinkage!.Select(s => s.Table))}; nothing was written. If that is intended, send it again with allow_shrink=true.",
                    extensions: new Dictionary<string, object?>
                    {
                        ["shrinkage"] = result.Shrinkage!.Select(s => new { table = s.Table, before = s.Before, after = s.After }).ToArray(),
                        ["data_version"] = result.ReplacedVersion,
                    });
            }

            return TypedResults.Ok(new ImportReport(result.Outcome.ToString().ToLowerInvariant(), before, after, result.Summary));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes only the known files (at the root of the zip or under one top folder); anything else is a problem.</summary>
    private static string? Unzip(byte[] body, string folder)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
            var files = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToArray();
            var prefix = CommonFolder(files.Select(e => e.FullName));
            long total = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in files)
            {
                var name = entry.FullName[prefix.Length..];
                if (!GeodataImporter.Files.Contains(name))
                {
                    return $"Unexpected file '{Observability.Printable(entry.FullName)}'. A bundle holds exactly: {string.Join(", ", GeodataImporter.Files)}.";
                }

                // Two entries of one name: which one would be the dataset is ambiguous, so neither is.
                if (!seen.Add(name))
                {
                    return $"The bundle holds '{name}' more than once; zip it again with one copy of each file.";
                }

                total += entry.Length;
                if (total > MaxUnzippedBytes)
                {
                    return $"The bundle unpacks to more than {MaxUnzippedBytes / 1024 / 1024} MiB.";
                }

                var target = Path.Combine(folder, name);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target);
            }

            return null;
        }
        catch (InvalidDataException e)
        {
            return $"Not a readable zip file: {e.Message}";
        }
    }

    private static string CommonFolder(IEnumerable<string> names)
    {
        var list = names.ToArray();
        var first = list.FirstOrDefault() ?? "";
        var slash = first.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return "";
        }

        var candidate = first[..(slash + 1)];
        return list.All(n => n.StartsWith(candidate, StringComparison.Ordinal)) && !GeodataImporter.Files.Contains(first) ? candidate : "";
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
