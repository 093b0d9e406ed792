using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PartyAtlas.Core.Parameters;

/// <summary>A party's registry id: the country's ISO3 (INT for transnational organisations), then hyphen-separated parts (NPL-CPNUML, INT-PES).</summary>
public readonly partial record struct PartyId : IQueryValue<PartyId>
{
    private PartyId(string id) => Id = id;

    public string Id { get; }

    public static string Form => "a party id: three upper-case letters, then hyphen-separated upper-case letters or digits (e.g. NPL-CPNUML)";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out PartyId value, out string error)
    {
        var ok = Pattern().IsMatch(text);
        value = ok ? new PartyId(text) : default;
        error = ok ? "" : $"'{text}' is not a party id.";
        return ok;
    }

    public static PartyId Parse(string s, IFormatProvider? provider) => QueryValue.Parse<PartyId>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartyId result) => QueryValue.TryParse(s, out result);

    public override string ToString() => Id;

    // Bounded so a long path segment is rejected before it reaches the database.
    [GeneratedRegex(@"^[A-Z]{3}(-[A-Z0-9]+){1,8}\z")]
    private static partial Regex Pattern();
}
