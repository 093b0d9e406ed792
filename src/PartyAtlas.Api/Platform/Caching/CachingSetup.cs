using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// The data version in memory, the response cache of data answers (compressed once per version), and
/// on-the-fly compression (fastest level) for everything else a client takes compressed.
/// </summary>
internal static class CachingSetup
{
    public static void AddPartyAtlasCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ResponseCache>();
        builder.Services.AddSingleton<BuildSlots>();
        builder.Services.AddSingleton<DataVersionMonitor>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DataVersionMonitor>());
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, MediaTypes.GeoJson, "application/problem+json", "application/vnd.oai.openapi", "application/yaml", "text/csv", "image/svg+xml"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
    }

    /// <summary>Compresses uncached answers; data answers arrive with their Content-Encoding set and pass untouched.</summary>
    public static void UsePartyAtlasCompression(this WebApplication app) => app.UseResponseCompression();
}
