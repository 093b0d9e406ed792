using System.Globalization;
using System.Text;

namespace PartyAtlas.Core.Import;

/// <summary>
/// A strict RFC 4180 reader for the dataset's CSV files: UTF-8 only, the exact expected
/// header, quoted fields may hold commas, quotes and newlines. Field accessors report
/// problems with file, line and column instead of throwing, so one pass finds them all.
/// </summary>
public sealed class CsvTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private CsvTable(string file, ProblemList problems, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Problems = problems;
        Rows = rows;
    }

    public string File { get; }

    public ProblemList Problems { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Reads <paramref name="bytes"/>; on a bad encoding or header the table has no rows.</summary>
    public static CsvTable Parse(string file, byte[] bytes, IReadOnlyList<string> header, ProblemList problems)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : 0;
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            problems.Add(file, line, null, $"not valid UTF-8 (bad byte sequence near byte {offset}); save the file as UTF-8");
            return new CsvTable(file, problems, []);
        }

        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var records = ReadRecords(file, text, problems);
        if (records.Count == 0)
        {
            problems.Add(file, 1, null, $"empty file; expected the header '{string.Join(',', header)}'");
            return new CsvTable(file, problems, []);
        }

        var (headerLine, headerFields) = records[0];
        if (!headerFields.SequenceEqual(header, StringComparer.Ordinal))
        {
            problems.Add(file, headerLine, null, $"wrong header '{string.Join(',', headerFields)}'; expected '{string.Join(',', header)}'");
            return new CsvTable(file, problems, []);
        }

        var rows = new List<CsvRow>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // a blank line
            }

            if (fields.Count != header.Count)
            {
                problems.Add(file, line, null, $"{fields.Count} fields where the header has {header.Count}");
                continue;
            }

            for (var i = 0; i < fields.Count; i++)
            {
                if (CellProblem(fields[i]) is { } problem)
                {
                    problems.Add(file, line, header[i], problem);
                }
            }

            rows.Add(new CsvRow(file, line, header, fields, problems));
        }

        return new CsvTable(file, problems, rows);
    }

    public const int MaxFieldLength = 10_000;

    /// <summary>
    /// Cells a spreadsheet would run as a formula (=, +, -, @, tab or CR first, unless it is a plain
    /// number), control characters, and overlong cells are refused: the files are also opened in
    /// spreadsheets, and no fact in them needs any of these.
    /// </summary>
    private static string? CellProblem(string cell)
    {
        if (cell.Length > MaxFieldLength)
        {
            return $"cell of {cell.Length:N0} characters; at most {MaxFieldLength:N0}";
        }

        var trimmed = cell.TrimStart(' ');
        if (trimmed.Length > 0 && trimmed[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return $"cell starts with '{(trimmed[0] is '\t' ? "\\t" : trimmed[0] is '\r' ? "\\r" : trimmed[0].ToString())}', which spreadsheets run as a formula";
        }

        return cell.Any(c => char.IsControl(c) && c is not '\n') ? "cell holds a control character" : null;
    }

    private static List<(long Line, List<string> Fields)> ReadRecords(string file, string text, ProblemList problems)
    {
        var records = new List<(long, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1, recordLine = 1;
        var inQuotes = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((recordLine, fields));
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }

            i++;
        }

        if (inQuotes)
        {
            problems.Add(file, recordLine, null, "a quoted field is never closed");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        return records;
    }
}

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
