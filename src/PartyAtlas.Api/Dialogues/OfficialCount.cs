namespace PartyAtlas.Api.Dialogues;

/// <summary>One source's figure for one metric: a range (low = high for a single number) and how it was worded.</summary>
public sealed record OfficialCount(string Metric, int Low, int High, string Qualifier, string? Quote, string? Note, string SourceId, string SourceUrl);
