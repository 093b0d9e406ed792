using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PartyAtlas.Core.Parameters;

/// <summary>An event id: lower-case letters, digits and single hyphens (hlm-2017, summit-2021).</summary>
public readonly partial record struct DialogueId : IQueryValue<DialogueId>
{
    private DialogueId(string id) => Id = id;

    public string Id { get; }

    public static string Form => "an event id: lower-case letters, digits and hyphens (e.g. hlm-2017)";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out DialogueId value, out string error)
    {
        var ok = Slug().IsMatch(text);
        value = ok ? new DialogueId(text) : default;
        error = ok ? "" : $"'{text}' is not an event id.";
        return ok;
    }

    public static DialogueId Parse(string s, IFormatProvider? provider) => QueryValue.Parse<DialogueId>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DialogueId result) => QueryValue.TryParse(s, out result);

    public override string ToString() => Id;

    [GeneratedRegex(@"^(?=.{1,64}\z)[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex Slug();
}
