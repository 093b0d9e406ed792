namespace PartyAtlas.Api.Sources;

public sealed record SourceDetail(
    string Id, string Url, string? Title, string? Publisher, string? Language, string? ReportDate, string? Note,
    int CitedByDialogues, int CitedByCounts, int CitedByParticipations, string? DataVersion,
    IReadOnlyList<string> Dialogues, IReadOnlyList<SourceCount> OfficialCounts, IReadOnlyList<SourceParticipation> Participations);
