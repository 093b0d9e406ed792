using System.Text.Json;
using PartyAtlas.Core.Tiles;

namespace PartyAtlas.Api.Tiles;

internal static class TileJsonWriter
{
    public const string Attribution =
        "Boundaries: Natural Earth (public domain), via world-atlas. Dialogue data: PartyAtlas, transcribed from public sources (see /sources); documented participation is partial.";

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The absolute tile URL template of a layer, carrying its filters (braces left unescaped for clients).</summary>
    public static string TileUrl(TileLayer layer, HttpRequest request, int? year, string? series, string? evidence, string? dialogue)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        if (layer.Filters.Contains(TileFilter.RequiredYear) || layer.Filters.Contains(TileFilter.Year))
        {
            Add("year", year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (layer.Filters.Contains(TileFilter.Series))
        {
            Add("series", series);
        }

        if (layer.Filters.Contains(TileFilter.Evidence))
        {
            Add("evidence", evidence);
        }

        if (layer.Filters.Contains(TileFilter.Dialogue))
        {
            Add("dialogue", dialogue);
        }

        var url = $"{PublicUrls.Base(request)}/tiles/{layer.Id}/{{z}}/{{x}}/{{y}}.mvt";
        return query.Count == 0 ? url : $"{url}?{string.Join('&', query)}";
    }

    public static string Write(TileLayer layer, HttpRequest request, string version, int? year, string? series, string? evidence, string? dialogue) =>
        JsonSerializer.Serialize(new TileJson(
            "3.0.0",
            $"PartyAtlas {layer.Id}{(year is null ? "" : $" {year}")}",
            layer.Description,
            version,
            Attribution,
            "xyz",
            [TileUrl(layer, request, year, series, evidence, dialogue)],
            layer.MinZoom,
            layer.MaxZoom,
            [-180, -85.051129, 180, 85.051129],
            [60, 20, 1],
            [new VectorLayer(layer.Id, layer.Description, layer.MinZoom, layer.MaxZoom, layer.Fields)]), Options);
}
