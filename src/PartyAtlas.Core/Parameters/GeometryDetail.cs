namespace PartyAtlas.Core.Parameters;

/// <summary>
/// How much geometry an answer carries: the zoom picks a precomputed band (SQL: band_geom), the
/// precision the coordinate decimals. Both default to full detail (zoom 6, 6 decimals).
/// </summary>
public sealed record GeometryDetail(Zoom Zoom, Precision Precision)
{
    public static GeometryDetail Full { get; } = new(new Zoom(6), new Precision(6));

    public static GeometryDetail Of(Zoom? zoom, Precision? precision) =>
        new(zoom ?? Full.Zoom, precision ?? Full.Precision);
}
