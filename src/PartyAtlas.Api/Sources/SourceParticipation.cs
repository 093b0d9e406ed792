namespace PartyAtlas.Api.Sources;

public sealed record SourceParticipation(string Id, string DialogueId, string Iso3, string? Party, string? Person, string Evidence);
