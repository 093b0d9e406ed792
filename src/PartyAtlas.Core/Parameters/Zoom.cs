using System.Diagnostics.CodeAnalysis;

namespace PartyAtlas.Core.Parameters;

/// <summary>The map zoom a geometry is meant for (0–24); it picks a precomputed simplification band.</summary>
public readonly record struct Zoom(int Value) : IQueryValue<Zoom>
{
    public const int Min = 0;
    public const int Max = 24;

    public static string Form => "a whole number from 0 to 24";

    public static string SchemaType => "integer:int32";

    public static bool TryParse(string text, out Zoom value, out string error)
    {
        var ok = QueryValue.TryParseWhole(text, Min, Max, out var n, out error);
        value = new Zoom(n);
        return ok;
    }

    public static Zoom Parse(string s, IFormatProvider? provider) => QueryValue.Parse<Zoom>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Zoom result) => QueryValue.TryParse(s, out result);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
