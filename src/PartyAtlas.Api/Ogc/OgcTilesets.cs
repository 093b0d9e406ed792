namespace PartyAtlas.Api.Ogc;

/// <summary>A collection's tilesets (OGC API – Tiles, tilesets-list): one vector tileset in WebMercatorQuad.</summary>
public sealed record OgcTilesets(IReadOnlyList<OgcTileset> Tilesets);
