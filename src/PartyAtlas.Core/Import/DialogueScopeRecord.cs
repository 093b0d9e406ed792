namespace PartyAtlas.Core.Import;

public sealed record DialogueScopeRecord(string DialogueId, string GroupId, string? Note);
