namespace PartyAtlas.Api.Dialogues;

public sealed record DialogueList(string? DataVersion, int Count, IReadOnlyList<DialogueSummary> Dialogues);
