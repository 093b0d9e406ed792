using System.Diagnostics.CodeAnalysis;
using PartyAtlas.Core.Import;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Countries;

/// <summary>A country's kind: sovereign, dependent or disputed.</summary>
public readonly record struct CountryKind(string Kind) : IQueryValue<CountryKind>
{
    public static string Form => $"one of: {string.Join(", ", ClosedLists.CountryKinds)}";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out CountryKind value, out string error)
    {
        var ok = ClosedLists.CountryKinds.Contains(text);
        value = new CountryKind(text);
        error = ok ? "" : $"'{text}' is not a kind.";
        return ok;
    }

    public static CountryKind Parse(string s, IFormatProvider? provider) => QueryValue.Parse<CountryKind>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CountryKind result) => QueryValue.TryParse(s, out result);

    public override string ToString() => Kind;
}
