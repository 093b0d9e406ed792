using System.Globalization;

namespace PartyAtlas.Core.Import;

/// <summary>One record of a <see cref="CsvTable"/>; empty fields read as null.</summary>
public sealed class CsvRow(string file, long line, IReadOnlyList<string> header, IReadOnlyList<string> fields, ProblemList problems)
{
    public long Line => line;

    public string File => file;

    public void Problem(string column, string message) => problems.Add(file, line, column, message);

    public string? Optional(string column)
    {
        var value = fields[IndexOf(column)].Trim();
        return value.Length == 0 ? null : value;
    }

    public string Required(string column)
    {
        var value = Optional(column);
        if (value is null)
        {
            Problem(column, "is required");
        }

        return value ?? "";
    }

    public string? OneOf(string column, IReadOnlyCollection<string> allowed, bool required = true)
    {
        var value = required ? Required(column) : Optional(column);
        if (value is { Length: > 0 } && !allowed.Contains(value))
        {
            Problem(column, $"'{value}' is not one of: {string.Join(", ", allowed)}");
            return null;
        }

        return value;
    }

    public DateOnly? Date(string column)
    {
        var value = Required(column);
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem(column, $"'{value}' is not a date in the form YYYY-MM-DD");
        return null;
    }

    public int? Int(string column, int min, int max)
    {
        var value = Required(column);
        if (value.Length == 0)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Problem(column, $"'{value}' is not a whole number from {min} to {max}");
        return null;
    }

    public double? Double(string column, double min, double max)
    {
        var value = Optional(column);
        if (value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Problem(column, $"'{value}' is not a number from {min} to {max}");
        return null;
    }

    /// <summary>A space-separated list of ids, each of which must be in <paramref name="known"/>.</summary>
    public IReadOnlyList<string> IdList(string column, IReadOnlySet<string> known, string what)
    {
        var ids = (Optional(column) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var id in ids.Where(id => !known.Contains(id)))
        {
            Problem(column, $"unknown {what} '{id}'");
        }

        return ids.Where(known.Contains).Distinct(StringComparer.Ordinal).ToArray();
    }

    private int IndexOf(string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i] == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{column}' is not a column of {file}", nameof(column));
    }
}
