namespace PartyAtlas.Api.Ogc;

public sealed record OgcCollections(IReadOnlyList<OgcLink> Links, IReadOnlyList<OgcCollection> Collections);
