using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PartyAtlas.Core.Parameters;

/// <summary>A source's label: letters and digits, at most 32 (S14, T3).</summary>
public readonly partial record struct SourceId : IQueryValue<SourceId>
{
    private SourceId(string id) => Id = id;

    public string Id { get; }

    public static string Form => "a source id: letters and digits (e.g. S14)";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out SourceId value, out string error)
    {
        var ok = Label().IsMatch(text);
        value = ok ? new SourceId(text) : default;
        error = ok ? "" : $"'{text}' is not a source id.";
        return ok;
    }

    public static SourceId Parse(string s, IFormatProvider? provider) => QueryValue.Parse<SourceId>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SourceId result) => QueryValue.TryParse(s, out result);

    public override string ToString() => Id;

    [GeneratedRegex(@"^[A-Za-z0-9]{1,32}\z")]
    private static partial Regex Label();
}
