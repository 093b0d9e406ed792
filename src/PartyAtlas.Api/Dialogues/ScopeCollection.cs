namespace PartyAtlas.Api.Dialogues;

public sealed record ScopeCollection(
    string Type, string DialogueId, string Series, string? DataVersion, int InvitedCountries, int DocumentedCountries,
    int DocumentedInScope, string Note, IReadOnlyList<ScopeFeature> Features);
