namespace PartyAtlas.Api.Reach;

public sealed record Timeline(string? DataVersion, string By, IReadOnlyList<TimelineRow> Years);
