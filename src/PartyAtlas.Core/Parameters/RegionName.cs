using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PartyAtlas.Core.Parameters;

/// <summary>
/// A UN region name (Africa, Americas, Antarctica, Asia, Europe, Oceania). Only a name's characters are
/// accepted, so a control character (PostgreSQL rejects NUL in text) is a 400, not a database error.
/// </summary>
public readonly partial record struct RegionName : IQueryValue<RegionName>
{
    private RegionName(string name) => Name = name;

    public string Name { get; }

    public static string Form => "a UN region name: letters, spaces and hyphens (e.g. Africa)";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out RegionName value, out string error)
    {
        var ok = Letters().IsMatch(text);
        value = ok ? new RegionName(text) : default;
        error = ok ? "" : $"'{text}' is not a region name.";
        return ok;
    }

    public static RegionName Parse(string s, IFormatProvider? provider) => QueryValue.Parse<RegionName>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RegionName result) => QueryValue.TryParse(s, out result);

    public override string ToString() => Name;

    [GeneratedRegex(@"^[A-Za-z][A-Za-z '-]{0,63}\z")]
    private static partial Regex Letters();
}
