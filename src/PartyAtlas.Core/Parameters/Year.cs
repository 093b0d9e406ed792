using System.Diagnostics.CodeAnalysis;

namespace PartyAtlas.Core.Parameters;

/// <summary>A calendar year of the dialogues' record (1900–2100).</summary>
public readonly record struct Year(int Value) : IQueryValue<Year>
{
    public const int Min = 1900;
    public const int Max = 2100;

    public static string Form => "a whole number from 1900 to 2100";

    public static string SchemaType => "integer:int32";

    public static bool TryParse(string text, out Year value, out string error)
    {
        var ok = QueryValue.TryParseWhole(text, Min, Max, out var n, out error);
        value = new Year(n);
        return ok;
    }

    public static Year Parse(string s, IFormatProvider? provider) => QueryValue.Parse<Year>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Year result) => QueryValue.TryParse(s, out result);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
