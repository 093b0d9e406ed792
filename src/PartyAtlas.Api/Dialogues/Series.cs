using System.Diagnostics.CodeAnalysis;
using PartyAtlas.Core.Import;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Dialogues;

/// <summary>One series: global, thematic or regional (the event lists filter by one; reach takes a SeriesSet).</summary>
public readonly record struct Series(string Name) : IQueryValue<Series>
{
    public static string Form => $"one of: {string.Join(", ", ClosedLists.Series)}";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out Series value, out string error)
    {
        var ok = ClosedLists.Series.Contains(text);
        value = new Series(text);
        error = ok ? "" : $"'{text}' is not a series.";
        return ok;
    }

    public static Series Parse(string s, IFormatProvider? provider) => QueryValue.Parse<Series>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Series result) => QueryValue.TryParse(s, out result);

    public override string ToString() => Name;
}
