namespace PartyAtlas.Api.Ogc;

/// <summary>A link of a tileset; the tile link is a URI template ({tileMatrix}, {tileRow}, {tileCol}).</summary>
public sealed record OgcTilesetLink(string Href, string Rel, string Type, string Title, bool Templated);
