namespace PartyAtlas.Api.Contracts;

public sealed record Source(
    string Id, string Url, string? Title, string? Publisher, string? Language, string? ReportDate, string? Note,
    int CitedByDialogues, int CitedByCounts, int CitedByParticipations);

public sealed record SourceList(string? DataVersion, int Count, IReadOnlyList<Source> Sources);

public sealed record SourceCount(string DialogueId, string Metric, int Low, int High, string Qualifier, string? Quote);

public sealed record SourceParticipation(string Id, string DialogueId, string Iso3, string? Party, string? Person, string Evidence);

public sealed record SourceDetail(
    string Id, string Url, string? Title, string? Publisher, string? Language, string? ReportDate, string? Note,
    int CitedByDialogues, int CitedByCounts, int CitedByParticipations, string? DataVersion,
    IReadOnlyList<string> Dialogues, IReadOnlyList<SourceCount> OfficialCounts, IReadOnlyList<SourceParticipation> Participations);
