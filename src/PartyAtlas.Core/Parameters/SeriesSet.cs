using System.Diagnostics.CodeAnalysis;
using PartyAtlas.Core.Import;

namespace PartyAtlas.Core.Parameters;

/// <summary>Which series count: a comma list of global, thematic, regional. The default (no value) is all series.</summary>
public readonly record struct SeriesSet : IQueryValue<SeriesSet>
{
    private SeriesSet(string[] series, string text) => (Series, _text) = (series, text);

    private readonly string? _text;

    /// <summary>The series, or null for all of them (what the SQL takes).</summary>
    public string[]? Series { get; }

    public static string Form => $"a comma-separated list of: {string.Join(", ", ClosedLists.Series)}";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out SeriesSet value, out string error)
    {
        var ok = QueryValue.TryParseList(text, ClosedLists.Series, out var series, out error);
        value = ok ? new SeriesSet(series, text) : default;
        return ok;
    }

    public static SeriesSet Parse(string s, IFormatProvider? provider) => QueryValue.Parse<SeriesSet>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SeriesSet result) => QueryValue.TryParse(s, out result);

    /// <summary>As the request gave it (for links that carry the filter on).</summary>
    public override string ToString() => _text ?? "";
}
