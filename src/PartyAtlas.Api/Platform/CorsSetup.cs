namespace PartyAtlas.Api.Platform;

/// <summary>
/// Reads are meant to be embedded (tiles, GeoJSON, TileJSON, styles): GET and HEAD from any origin by
/// default, or only from PartyAtlas:CorsOrigins (comma-separated). Nothing else is allowed cross-origin.
/// </summary>
internal static class CorsSetup
{
    public static void AddPartyAtlasCors(this WebApplicationBuilder builder)
    {
        var origins = PartyAtlasOptions.From(builder.Configuration).CorsOriginList.ToArray();
        builder.Services.AddCors(o => o.AddDefaultPolicy(policy =>
        {
            if (origins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }

            policy.WithMethods(HttpMethods.Get, HttpMethods.Head).WithHeaders("If-None-Match", "Accept").WithExposedHeaders("ETag", "Content-Length", "PartyAtlas-Data-Version", "PartyAtlas-Cache");
        }));
    }
}
