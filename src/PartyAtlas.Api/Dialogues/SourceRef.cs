namespace PartyAtlas.Api.Dialogues;

public sealed record SourceRef(string Id, string Url);
