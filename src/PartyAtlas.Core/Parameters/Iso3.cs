using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PartyAtlas.Core.Parameters;

/// <summary>An ISO 3166-1 alpha-3 code (or a documented user-assigned one such as XKX); case-insensitive, held upper-case.</summary>
public readonly partial record struct Iso3 : IQueryValue<Iso3>
{
    private Iso3(string code) => Code = code;

    public string Code { get; }

    public static string Form => "a three-letter country code (ISO 3166-1 alpha-3, e.g. NPL)";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out Iso3 value, out string error)
    {
        var ok = Letters().IsMatch(text);
        value = ok ? new Iso3(text.ToUpperInvariant()) : default;
        error = ok ? "" : $"'{text}' is not a three-letter country code.";
        return ok;
    }

    public static Iso3 Parse(string s, IFormatProvider? provider) => QueryValue.Parse<Iso3>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Iso3 result) => QueryValue.TryParse(s, out result);

    public override string ToString() => Code;

    [GeneratedRegex(@"^[A-Za-z]{3}\z")]
    private static partial Regex Letters();
}
