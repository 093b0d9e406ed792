namespace PartyAtlas.Api.Dialogues;

public sealed record Host(string? City, string? Country, double? Lon, double? Lat);
