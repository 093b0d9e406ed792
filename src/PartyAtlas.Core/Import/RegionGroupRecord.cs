namespace PartyAtlas.Core.Import;

public sealed record RegionGroupRecord(string Id, string Name, string? Description, string SourceId);
