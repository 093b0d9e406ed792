namespace PartyAtlas.Core.Import;

public sealed record SourceRecord(string Id, string Url, string? Title, string? Publisher, string? Language, string? ReportDate, string? Note);
