namespace PartyAtlas.Api.Ogc;

public sealed record OgcLanding(string Title, string Description, IReadOnlyList<OgcLink> Links);
