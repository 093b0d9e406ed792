using System.Globalization;
using System.Text.RegularExpressions;

namespace PartyAtlas.Core.Ogc.Filtering;

/// <summary>CQL2's instants: a date is yyyy-mm-dd; a timestamp is RFC 3339 with a time zone, kept in UTC.</summary>
public static partial class CqlTime
{
    public static DateOnly ParseDate(string text) =>
        TryParseDate(text, out var date) ? date : throw new CqlException($"'{Shown(text)}' is not a date (yyyy-mm-dd).");

    public static DateTime ParseTimestamp(string text) =>
        TryParseTimestamp(text, out var instant) ? instant : throw new CqlException($"'{Shown(text)}' is not an RFC 3339 timestamp (e.g. 2021-07-06T12:00:00Z).");

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTimestamp(string text, out DateTime instant)
    {
        instant = default;
        if (!Rfc3339().IsMatch(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        instant = parsed.UtcDateTime;
        return true;
    }

    /// <summary>A value quoted back in an error message: short, and without anything a log or terminal would act on.</summary>
    public static string Shown(string text) => Uri.EscapeDataString(text[..Math.Min(text.Length, 40)]);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
