using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PartyAtlas.Core.Parameters;

/// <summary>
/// A box in degrees (CRS84): minLon,minLat,maxLon,maxLat. A west edge east of the east edge
/// (MinLon &gt; MaxLon) crosses the antimeridian; the SQL's in_bbox splits it in two.
/// </summary>
public readonly record struct BBox(double MinLon, double MinLat, double MaxLon, double MaxLat) : IQueryValue<BBox>
{
    public bool CrossesAntimeridian => MinLon > MaxLon;

    public static string Form => "minLon,minLat,maxLon,maxLat in degrees (CRS84); minLon > maxLon crosses the antimeridian";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out BBox value, out string error)
    {
        value = default;
        var parts = text.Split(',');
        var n = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : double.NaN).ToArray();
        error = parts.Length switch
        {
            6 => "3D boxes (6 numbers) are not supported: give minLon,minLat,maxLon,maxLat.",
            not 4 => $"expected 4 comma-separated numbers (minLon,minLat,maxLon,maxLat); got {parts.Length}.",
            _ when n.Any(double.IsNaN) => "every part must be a finite number.",
            _ when n[0] is < -180 or > 180 || n[2] is < -180 or > 180 => "longitudes must be from -180 to 180.",
            _ when n[1] is < -90 or > 90 || n[3] is < -90 or > 90 => "latitudes must be from -90 to 90.",
            _ when n[1] > n[3] => "minLat is greater than maxLat.",
            _ => "",
        };
        if (error.Length > 0)
        {
            error = $"'{text}': {error}";
            return false;
        }

        value = new BBox(n[0], n[1], n[2], n[3]);
        return true;
    }

    public static BBox Parse(string s, IFormatProvider? provider) => QueryValue.Parse<BBox>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out BBox result) => QueryValue.TryParse(s, out result);

    public override string ToString() =>
        string.Join(',', new[] { MinLon, MinLat, MaxLon, MaxLat }.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
}
