namespace PartyAtlas.Api.Dialogues;

public sealed record DialogueDetail(
    string Id, string NameEn, string? NameZh, string Series, string? ParentId, DateOnly StartDate, DateOnly EndDate,
    string DatePrecision, int Year, string? Format, Host Host, string? Theme, string? Organisers, string? Notes,
    IReadOnlyList<string> SourceIds, IReadOnlyList<OfficialCount> OfficialCounts, Coverage Coverage,
    string? DataVersion, IReadOnlyList<Participant> Participants, IReadOnlyList<Scope> Scopes);
