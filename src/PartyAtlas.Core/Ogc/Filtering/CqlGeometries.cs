using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace PartyAtlas.Core.Ogc.Filtering;

/// <summary>Geometry literals of a filter, read with NetTopologySuite and checked to be usable in CRS84.</summary>
public static class CqlGeometries
{
    private static readonly GeometryFactory Crs84 = new(new PrecisionModel(), 4326);

    /// <summary>The most coordinates a filter's geometry may carry.</summary>
    public const int MaxCoordinates = 10_000;

    public static Geometry FromWkt(string wkt)
    {
        Geometry geometry;
        try
        {
            geometry = new WKTReader(Crs84.GeometryServices).Read(wkt);
        }
        catch (Exception e) when (e is ParseException or ArgumentException or FormatException or InvalidOperationException)
        {
            throw new CqlException($"'{CqlTime.Shown(wkt)}' is not a WKT geometry: {e.Message}");
        }

        return Checked(geometry);
    }

    /// <summary>BBOX(west, south, east, north) or the 6-number form with heights, which are ignored.</summary>
    public static Geometry Bbox(IReadOnlyList<decimal> numbers)
    {
        var (w, s, e, n) = numbers.Count switch
        {
            4 => (numbers[0], numbers[1], numbers[2], numbers[3]),
            6 => (numbers[0], numbers[1], numbers[3], numbers[4]),
            _ => throw new CqlException($"BBOX takes 4 numbers (west, south, east, north) or 6, not {numbers.Count}."),
        };
        if (w > e || s > n)
        {
            throw new CqlException("BBOX: west must not exceed east, nor south north (boxes across the antimeridian are not supported).");
        }

        return Checked(Crs84.ToGeometry(new Envelope((double)w, (double)e, (double)s, (double)n)));
    }

    /// <summary>A geometry literal in CRS84: finite coordinates within longitude and latitude range, and not huge.</summary>
    public static Geometry Checked(Geometry geometry)
    {
        if (geometry.NumPoints > MaxCoordinates)
        {
            throw new CqlException($"A filter geometry may have at most {MaxCoordinates} coordinates.");
        }

        if (geometry.Coordinates.Any(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y) || Math.Abs(c.X) > 180 || Math.Abs(c.Y) > 90))
        {
            throw new CqlException("A filter geometry's coordinates must be longitude, latitude in CRS84 (within ±180, ±90).");
        }

        geometry.SRID = 4326;
        return geometry;
    }
}
