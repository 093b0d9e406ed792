using System.Diagnostics.CodeAnalysis;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Reach;

/// <summary>`by=year` (one row per year) or `by=region` (one row per year and UN region).</summary>
public readonly record struct TimelineGrouping(bool ByRegion) : IQueryValue<TimelineGrouping>
{
    public static string Form => "year or region";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out TimelineGrouping value, out string error)
    {
        value = new TimelineGrouping(text == "region");
        var ok = text is "year" or "region";
        error = ok ? "" : $"'{text}' is not one of: year, region.";
        return ok;
    }

    public static TimelineGrouping Parse(string s, IFormatProvider? provider) => QueryValue.Parse<TimelineGrouping>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TimelineGrouping result) => QueryValue.TryParse(s, out result);
}
