namespace PartyAtlas.Api.Ogc;

/// <summary>A tile matrix set by id, its registered URI and a link to its definition.</summary>
public sealed record OgcTileMatrixSetRef(string Id, string Title, string Uri, IReadOnlyList<OgcLink> Links);
