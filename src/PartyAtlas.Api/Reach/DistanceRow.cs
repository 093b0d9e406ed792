namespace PartyAtlas.Api.Reach;

public sealed record DistanceRow(string DialogueId, string? HostCity, string Iso3, string NameEn, double Km);
