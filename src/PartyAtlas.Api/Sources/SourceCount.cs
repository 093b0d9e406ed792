namespace PartyAtlas.Api.Sources;

public sealed record SourceCount(string DialogueId, string Metric, int Low, int High, string Qualifier, string? Quote);
