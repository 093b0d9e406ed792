namespace PartyAtlas.Api.Ogc;

// OGC API – Features – Part 1: Core 1.0 documents. Multi-word members keep the standard's camelCase.
public sealed record OgcLink(string Href, string Rel, string Type, string? Title = null);
