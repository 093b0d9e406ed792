using System.Globalization;
using System.Text.RegularExpressions;

namespace PartyAtlas.Api.Ogc;

/// <summary>OgcQuery's `datetime`: RFC 3339 instants and intervals, as OGC API – Features Part 1 defines them.</summary>
internal static partial class OgcQuery
{
    /// <summary>
    /// RFC 3339 instant (date or date-time) or interval start/end with open ends as ".." or empty.
    /// A date alone stands for its whole day (UTC). Returns the bounds as UTC instants, null when open.
    /// </summary>
    public static bool TryParseDatetime(string? raw, out DateTime? from, out DateTime? to, out string error)
    {
        from = to = null;
        error = "";
        if (raw is null)
        {
            return true;
        }

        var parts = raw.Split('/');
        if (parts.Length > 2)
        {
            error = $"'{raw}' is neither an instant nor an interval start/end.";
            return false;
        }

        if (parts.Length == 1)
        {
            if (!TryParseInstant(parts[0], out var start, out var endOfDay))
            {
                error = $"'{raw}' is not an RFC 3339 date or date-time (e.g. 2021-07-06 or 2021-07-06T12:00:00Z).";
                return false;
            }

            (from, to) = (start, endOfDay);
            return true;
        }

        DateTime? ParseEnd(string part, bool isEnd, ref string message)
        {
            if (part is "" or "..")
            {
                return null;
            }

            if (TryParseInstant(part, out var start, out var endOfDay))
            {
                return isEnd ? endOfDay : start;
            }

            message = $"'{part}' in '{raw}' is not an RFC 3339 date or date-time, '..' or empty.";
            return null;
        }

        from = ParseEnd(parts[0], false, ref error);
        to = ParseEnd(parts[1], true, ref error);
        if (error.Length > 0)
        {
            return false;
        }

        if (from > to)
        {
            error = $"the interval '{raw}' ends before it starts.";
            return false;
        }

        return true;
    }

    private static bool TryParseInstant(string text, out DateTime start, out DateTime endOfDay)
    {
        start = endOfDay = default;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            start = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            endOfDay = date.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc);
            return true;
        }

        if (Rfc3339DateTime().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            start = endOfDay = instant.UtcDateTime;
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339DateTime();
}
