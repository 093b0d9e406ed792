namespace PartyAtlas.Api.Ogc;

public sealed record OgcSpatialExtent(IReadOnlyList<IReadOnlyList<double>> Bbox, string Crs);
