using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PartyAtlas.Core.Parameters;

/// <summary>The parsing the value types share: whole numbers in a range, and IParsable on top of TryParse.</summary>
public static class QueryValue
{
    public static bool TryParseWhole(string text, int min, int max, out int value, out string error)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            error = $"'{text}' is not a whole number.";
            return false;
        }

        error = value < min || value > max ? $"{value} is outside {min}–{max}." : "";
        return error.Length == 0;
    }

    /// <summary>IParsable.Parse: the value, or a FormatException carrying the reason and the accepted form.</summary>
    public static T Parse<T>(string s) where T : IQueryValue<T> =>
        T.TryParse(s, out var value, out var error) ? value : throw new FormatException($"{error} Expected {T.Form}.");

    /// <summary>IParsable.TryParse: what model binding calls.</summary>
    public static bool TryParse<T>([NotNullWhen(true)] string? s, out T result) where T : IQueryValue<T>
    {
        if (s is not null && T.TryParse(s, out result, out _))
        {
            return true;
        }

        result = default!;
        return false;
    }

    /// <summary>A comma-separated list whose every item is one of <paramref name="allowed"/>, in order, without repeats.</summary>
    public static bool TryParseList(string text, IReadOnlyList<string> allowed, out string[] values, out string error)
    {
        values = text.Split(',', StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray();
        var bad = values.FirstOrDefault(v => !allowed.Contains(v));
        error = bad is null ? "" : $"'{bad}' is not one of: {string.Join(", ", allowed)}.";
        return bad is null;
    }
}
