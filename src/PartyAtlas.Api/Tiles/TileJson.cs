namespace PartyAtlas.Api.Tiles;

/// <summary>TileJSON 3.0.0 (https://github.com/mapbox/tilejson-spec/tree/master/3.0.0).</summary>
public sealed record TileJson(
    string Tilejson, string Name, string Description, string Version, string Attribution, string Scheme,
    IReadOnlyList<string> Tiles, int Minzoom, int Maxzoom, IReadOnlyList<double> Bounds, IReadOnlyList<double> Center,
    IReadOnlyList<VectorLayer> VectorLayers);
