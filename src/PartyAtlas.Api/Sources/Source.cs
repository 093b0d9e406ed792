namespace PartyAtlas.Api.Sources;

public sealed record Source(
    string Id, string Url, string? Title, string? Publisher, string? Language, string? ReportDate, string? Note,
    int CitedByDialogues, int CitedByCounts, int CitedByParticipations);
