namespace PartyAtlas.Core.Import;

public sealed record CountRecord(string DialogueId, string Metric, int Low, int High, string Qualifier, string SourceId, string? Quote, string? Note);
