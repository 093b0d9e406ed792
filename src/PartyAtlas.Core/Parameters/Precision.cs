using System.Diagnostics.CodeAnalysis;

namespace PartyAtlas.Core.Parameters;

/// <summary>Decimal places of coordinates in GeoJSON (0–15).</summary>
public readonly record struct Precision(int Value) : IQueryValue<Precision>
{
    public const int Min = 0;
    public const int Max = 15;

    public static string Form => "a whole number from 0 to 15";

    public static string SchemaType => "integer:int32";

    public static bool TryParse(string text, out Precision value, out string error)
    {
        var ok = QueryValue.TryParseWhole(text, Min, Max, out var n, out error);
        value = new Precision(n);
        return ok;
    }

    public static Precision Parse(string s, IFormatProvider? provider) => QueryValue.Parse<Precision>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Precision result) => QueryValue.TryParse(s, out result);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
