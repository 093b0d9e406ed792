namespace PartyAtlas.Api.Dialogues;

public sealed record Participant(
    string Id, string Iso3, string CountryName, string? Party, string? Person, string? Role, string Evidence, bool Confirmed,
    string? Note, IReadOnlyList<SourceRef> Sources);
