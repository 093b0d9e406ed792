namespace PartyAtlas.Api.Ogc;

public sealed record OgcTemporalExtent(IReadOnlyList<IReadOnlyList<string?>> Interval, string Trs);
