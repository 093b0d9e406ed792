using System.Diagnostics.CodeAnalysis;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Reach;

/// <summary>`include=all`: every country and region, zero counts included (for choropleths).</summary>
public readonly record struct Inclusion(bool EveryCountry) : IQueryValue<Inclusion>
{
    public static string Form => "all";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out Inclusion value, out string error)
    {
        value = new Inclusion(text == "all");
        error = value.EveryCountry ? "" : $"'{text}' is not one of: all.";
        return value.EveryCountry;
    }

    public static Inclusion Parse(string s, IFormatProvider? provider) => QueryValue.Parse<Inclusion>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Inclusion result) => QueryValue.TryParse(s, out result);
}
