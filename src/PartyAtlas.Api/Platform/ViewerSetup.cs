namespace PartyAtlas.Api.Platform;

/// <summary>
/// Serves the map viewer (wwwroot: index.html, app.js, parties.js, popup.js, chart.js, share.js, app.css, /vendor/maplibre-gl and /vendor/pmtiles from npm),
/// the tile archives of PartyAtlas:ArchivesFolder under /archives,
/// with security headers on every page: scripts, workers and data only from this origin.
/// </summary>
internal static class ViewerSetup
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; worker-src 'self'; child-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static void UsePartyAtlasViewer(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                if (context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
                {
                    // The viewer's embed mode (/?embed=1, read-only) is meant for other sites' <iframe>s; every other page refuses framing.
                    headers.ContentSecurityPolicy = context.Request.Path.Value is "/" or "/index.html" && context.Request.Query["embed"] == "1"
                        ? ContentSecurityPolicy.Replace("frame-ancestors 'none'", "frame-ancestors *", StringComparison.Ordinal)
                        : ContentSecurityPolicy;
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PartyAtlasOptions>>().Value.ArchivesFolder is { Length: > 0 } archives)
        {
            // Tile archives as a static host would serve them: whole files, or ranges of them (PMTiles reads by range).
            var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
            types.Mappings[".pmtiles"] = "application/vnd.pmtiles";
            types.Mappings[".mbtiles"] = "application/vnd.sqlite3";
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.GetFullPath(archives)),
                RequestPath = "/archives",
                ContentTypeProvider = types,
            });
        }
    }
}
