using System.Diagnostics.CodeAnalysis;
using PartyAtlas.Core.Import;

namespace PartyAtlas.Core.Parameters;

/// <summary>One kind of registry entry: party, coalition, party_organ, think_tank, state_body or other.</summary>
public readonly record struct PartyKind : IQueryValue<PartyKind>
{
    private PartyKind(string name) => Name = name;

    public string Name { get; }

    public static string Form => $"one of: {string.Join(", ", ClosedLists.PartyKinds)}";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out PartyKind value, out string error)
    {
        var ok = ClosedLists.PartyKinds.Contains(text);
        value = ok ? new PartyKind(text) : default;
        error = ok ? "" : $"'{text}' is not a party kind.";
        return ok;
    }

    public static PartyKind Parse(string s, IFormatProvider? provider) => QueryValue.Parse<PartyKind>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartyKind result) => QueryValue.TryParse(s, out result);

    public override string ToString() => Name;
}
