namespace PartyAtlas.Api.Dialogues;

public sealed record Scope(string GroupId, string GroupName, string? Note, IReadOnlyList<string> Members);
