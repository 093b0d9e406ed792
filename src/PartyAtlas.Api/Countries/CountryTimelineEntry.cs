namespace PartyAtlas.Api.Countries;

public sealed record CountryTimelineEntry(
    DateOnly Date, DateOnly EndDate, int Year, string DialogueId, string DialogueName, string Series, string ParticipationId,
    string? Party, IReadOnlyList<string> PartyIds, IReadOnlyList<string> PartyNames, string? Person, string? Role, string Evidence, bool Confirmed, string? Note,
    IReadOnlyList<string> SourceIds, IReadOnlyList<string> SourceUrls);
