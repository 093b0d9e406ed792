using System.Diagnostics.CodeAnalysis;
using PartyAtlas.Core.Import;

namespace PartyAtlas.Core.Parameters;

/// <summary>
/// Which evidence counts as reach: `confirmed` (the default: spoke, delegation, attended,
/// watched_at_venue), `all` (every type but absent) or a comma list of types. `absent` never counts.
/// </summary>
public readonly record struct EvidenceSet : IQueryValue<EvidenceSet>
{
    private EvidenceSet(string[]? types, string text) => (Types, _text) = (types, text);

    private readonly string? _text;

    /// <summary>The confirmed types, the SQL's default.</summary>
    public static EvidenceSet Confirmed => default;

    /// <summary>The types, or null for the confirmed ones (what the SQL takes).</summary>
    public string[]? Types { get; }

    public static string Form =>
        $"confirmed, all, or a comma-separated list of: {string.Join(", ", ClosedLists.EvidenceTypes.Where(e => e != "absent"))}";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out EvidenceSet value, out string error)
    {
        value = default;
        error = "";
        switch (text)
        {
            case "confirmed":
                value = new EvidenceSet(null, text);
                return true;
            case "all":
                value = new EvidenceSet(ClosedLists.EvidenceTypes.Where(e => e != "absent").ToArray(), text);
                return true;
        }

        if (!QueryValue.TryParseList(text, ClosedLists.EvidenceTypes, out var types, out error))
        {
            return false;
        }

        if (types.Contains("absent"))
        {
            error = "'absent' means explicitly reported absent and never counts as reach.";
            return false;
        }

        value = new EvidenceSet(types, text);
        return true;
    }

    public static EvidenceSet Parse(string s, IFormatProvider? provider) => QueryValue.Parse<EvidenceSet>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EvidenceSet result) => QueryValue.TryParse(s, out result);

    /// <summary>As the request gave it (for links that carry the filter on).</summary>
    public override string ToString() => _text ?? "confirmed";
}
