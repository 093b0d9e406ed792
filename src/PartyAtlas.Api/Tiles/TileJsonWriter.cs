using System.Text.Json;
using PartyAtlas.Core.Tiles;

namespace PartyAtlas.Api.Tiles;

internal static class TileJsonWriter
{
    public const string Attribution =
        "Boundaries: Natural Earth (public domain), via world-atlas. Dialogue data: PartyAtlas, transcribed from public sources (see /sources); documented participation is partial.";

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The absolute tile URL template of a layer, carrying its filters (braces left unescaped for clients).</summary>
    /// <summary>The layer's tile URL template, versioned (`v`): caches in front may keep each tile until the next import.</summary>
    public static string TileUrl(TileLayer layer, HttpRequest request, TileFilterValues filters) =>
        VersionedUrls.With(request.HttpContext, $"{PublicUrls.Base(request)}/tiles/{layer.Id}/{{z}}/{{x}}/{{y}}.mvt{filters.QueryFor(layer)}");

    public static string Write(TileLayer layer, HttpRequest request, string version, TileFilterValues filters) =>
        JsonSerializer.Serialize(new TileJson(
            "3.0.0",
            $"PartyAtlas {layer.Id}{(filters.Year is null ? "" : $" {filters.Year}")}",
            layer.Description,
            version,
            Attribution,
            "xyz",
            [TileUrl(layer, request, filters)],
            layer.MinZoom,
            layer.MaxZoom,
            [-180, -85.051129, 180, 85.051129],
            [60, 20, 1],
            [new VectorLayer(layer.Id, layer.Description, layer.MinZoom, layer.MaxZoom, layer.Fields)]), Options);
}
