namespace PartyAtlas.Api.Sources;

public sealed record SourceList(string? DataVersion, int Count, IReadOnlyList<Source> Sources);
