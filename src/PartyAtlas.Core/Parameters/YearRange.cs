using System.Diagnostics.CodeAnalysis;

namespace PartyAtlas.Core.Parameters;

/// <summary>Years from <see cref="From"/> to <see cref="To"/>, both included: "2014-2025", or one year "2021".</summary>
public readonly record struct YearRange(Year From, Year To) : IQueryValue<YearRange>
{
    public static string Form => $"a year or two years joined by a hyphen, from {Year.Min} to {Year.Max} (e.g. 2014-2025)";

    public static string SchemaType => "string";

    public IEnumerable<Year> Years => Enumerable.Range(From.Value, To.Value - From.Value + 1).Select(y => new Year(y));

    public static bool TryParse(string text, out YearRange value, out string error)
    {
        value = default;
        var parts = text.Split('-');
        if (parts.Length > 2)
        {
            error = $"'{text}' is not a year or a range of years.";
            return false;
        }

        if (!Year.TryParse(parts[0], out var from, out error) || !Year.TryParse(parts[^1], out var to, out error))
        {
            return false;
        }

        error = from.Value > to.Value ? $"the range '{text}' ends before it starts." : "";
        value = new YearRange(from, to);
        return error.Length == 0;
    }

    public static YearRange Parse(string s, IFormatProvider? provider) => QueryValue.Parse<YearRange>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out YearRange result) => QueryValue.TryParse(s, out result);

    public override string ToString() => From == To ? From.ToString() : $"{From}-{To}";
}
