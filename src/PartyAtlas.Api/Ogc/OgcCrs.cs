using System.Globalization;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Ogc;

/// <summary>
/// OGC API – Features – Part 2: the coordinate reference systems offered — CRS84 (lon/lat, the storage CRS
/// and default), EPSG:4326 (lat/lon order, as that CRS defines its axes) and EPSG:3857 (Web Mercator, metres).
/// </summary>
internal static class OgcCrs
{
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    public const string Epsg4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";
    public const string Epsg3857 = "http://www.opengis.net/def/crs/EPSG/0/3857";

    public static readonly string[] All = [Crs84, Epsg4326, Epsg3857];

    private const double EarthRadius = 6378137;

    /// <summary>The URI of the CRS written for <paramref name="srid"/> (null: CRS84).</summary>
    public static string UriOf(int? srid) => srid switch { 4326 => Epsg4326, 3857 => Epsg3857, _ => Crs84 };

    /// <summary>The SRID the SQL transforms to (null: CRS84, the prepared geometry), or an error naming the CRS offered.</summary>
    public static (int? Srid, string Uri, string? Error) Parse(string? raw) => raw switch
    {
        null or Crs84 => (null, Crs84, null),
        Epsg4326 => (4326, Epsg4326, null),
        Epsg3857 => (3857, Epsg3857, null),
        _ => (null, Crs84, $"'{Uri.EscapeDataString(raw[..Math.Min(raw.Length, 80)])}' is not offered. CRS: {string.Join(", ", All)}."),
    };

    /// <summary>A bbox given in <paramref name="srid"/>'s axis order and units, as CRS84 (what the SQL filters on).</summary>
    public static (BBox? Box, string? Error) ToCrs84(string raw, int? srid)
    {
        var parts = raw.Split(',');
        var n = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : double.NaN).ToArray();
        if (srid is null)
        {
            return BBox.TryParse(raw, out var box, out var error) ? (box, null) : (null, $"{error} Expected {BBox.Form}.");
        }

        if (n.Length != 4 || n.Any(double.IsNaN))
        {
            return (null, $"'{raw}': expected 4 comma-separated numbers in the bbox-crs.");
        }

        // EPSG:4326 is latitude first; EPSG:3857 is metres east and north.
        var (minLon, minLat, maxLon, maxLat) = srid == 4326
            ? (n[1], n[0], n[3], n[2])
            : (Lon(n[0]), Lat(n[1]), Lon(n[2]), Lat(n[3]));
        var degrees = string.Join(',', new[] { minLon, minLat, maxLon, maxLat }.Select(v => Math.Round(v, 9).ToString(CultureInfo.InvariantCulture)));
        return BBox.TryParse(degrees, out var converted, out var conversionError) ? (converted, null) : (null, $"{conversionError} (converted from the bbox-crs).");
    }

    private static double Lon(double x) => Math.Clamp(x / EarthRadius * 180 / Math.PI, -180, 180);

    private static double Lat(double y) => Math.Clamp((2 * Math.Atan(Math.Exp(y / EarthRadius)) - Math.PI / 2) * 180 / Math.PI, -90, 90);
}
