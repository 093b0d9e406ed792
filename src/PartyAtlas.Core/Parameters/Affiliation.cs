using System.Diagnostics.CodeAnalysis;
using PartyAtlas.Core.Import;

namespace PartyAtlas.Core.Parameters;

/// <summary>A party international or forum (SI, PA, IMCWP, FSP, COPPPAL, ICAPP, LI, IDU, CDI, PES, EL, OTHER); case-insensitive, held upper-case.</summary>
public readonly record struct Affiliation : IQueryValue<Affiliation>
{
    private Affiliation(string code) => Code = code;

    public string Code { get; }

    public static string Form => $"one of: {string.Join(", ", ClosedLists.Affiliations)}";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out Affiliation value, out string error)
    {
        var code = text.ToUpperInvariant();
        var ok = ClosedLists.Affiliations.Contains(code);
        value = ok ? new Affiliation(code) : default;
        error = ok ? "" : $"'{text}' is not an affiliation.";
        return ok;
    }

    public static Affiliation Parse(string s, IFormatProvider? provider) => QueryValue.Parse<Affiliation>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Affiliation result) => QueryValue.TryParse(s, out result);

    public override string ToString() => Code;
}
