namespace PartyAtlas.Api.Platform;

/// <summary>
/// Serves the map viewer (wwwroot: index.html, app.js, parties.js, app.css and /vendor/maplibre-gl from npm)
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
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
    }
}
