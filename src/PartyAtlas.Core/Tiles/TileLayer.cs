using PartyAtlas.Core.Database;

namespace PartyAtlas.Core.Tiles;

/// <summary>
/// One vector-tile layer: its SQL (Tiles/{Id}.sql over the row sources, read once at start-up; only z/x/y and the
/// declared filters are bound per request), zoom range, filters, and the fields it carries
/// (for TileJSON's vector_layers: "String", "Number" or "Boolean").
/// </summary>
public sealed record TileLayer(
    string Id, string Description, int MinZoom, int MaxZoom, IReadOnlyList<TileFilter> Filters, IReadOnlyDictionary<string, string> Fields)
{
    public string Sql { get; } = SqlFiles.Get($"Tiles/{Id}.sql");
}
