namespace PartyAtlas.Api.Reach;

public sealed record CompareProperties(string Iso3, string NameEn, string? UnRegion, string Change, bool InFrom, bool InTo);
