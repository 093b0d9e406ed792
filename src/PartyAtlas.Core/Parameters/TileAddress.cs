using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PartyAtlas.Core.Parameters;

/// <summary>
/// A tile of the Web Mercator XYZ pyramid: "z/x/y", x and y from 0 to 2^z − 1, y counted from the
/// north. Zooms are 0–<see cref="MaxZoom"/> here; each layer may narrow that.
/// </summary>
public readonly record struct TileAddress(int Z, int X, int Y) : IQueryValue<TileAddress>
{
    public const int MaxZoom = 24;

    public static string Form => $"z/x/y with z from 0 to {MaxZoom} and x, y from 0 to 2^z − 1";

    public static string SchemaType => "string";

    /// <summary>The part that failed: "z", "x" or "y" (for the problem's parameter name), and why.</summary>
    public static bool TryCreate(string z, string x, string y, int minZoom, int maxZoom, out TileAddress value, out string part, out string error)
    {
        value = default;
        (part, error) = ("z", "");
        if (!int.TryParse(z, NumberStyles.None, CultureInfo.InvariantCulture, out var zoom) || zoom < minZoom || zoom > maxZoom)
        {
            error = $"'{z}' is not a zoom level from {minZoom} to {maxZoom}.";
            return false;
        }

        var max = (1 << zoom) - 1;
        if (!int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var column) || column > max)
        {
            (part, error) = ("x", $"'{x}' is not a tile column at zoom {zoom} (0–{max}).");
            return false;
        }

        if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row > max)
        {
            (part, error) = ("y", $"'{y}' is not a tile row at zoom {zoom} (0–{max}).");
            return false;
        }

        value = new TileAddress(zoom, column, row);
        return true;
    }

    public static bool TryParse(string text, out TileAddress value, out string error)
    {
        var parts = text.Split('/');
        if (parts.Length == 3)
        {
            return TryCreate(parts[0], parts[1], parts[2], 0, MaxZoom, out value, out _, out error);
        }

        (value, error) = (default, $"'{text}' is not z/x/y.");
        return false;
    }

    public static TileAddress Parse(string s, IFormatProvider? provider) => QueryValue.Parse<TileAddress>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TileAddress result) => QueryValue.TryParse(s, out result);

    public override string ToString() => $"{Z}/{X}/{Y}";
}
