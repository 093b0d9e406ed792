using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using nietras.SeparatedValues;

namespace PartyAtlas.Core.Import;

/// <summary>
/// A strict RFC 4180 reader for the dataset's CSV files: UTF-8 only, the exact expected
/// header, quoted fields may hold commas, quotes and newlines. Sep splits records and fields;
/// field accessors report problems with file, line and column instead of throwing, so one pass finds them all.
/// </summary>
public sealed partial class CsvTable
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

    /// <summary>Reads <paramref name="bytes"/>; on a bad encoding, header or quote the table has no rows.</summary>
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

        if (ReadRecords(file, text, header, problems) is not { } records)
        {
            return new CsvTable(file, problems, []);
        }

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
    /// spreadsheets, and no fact in them needs any of these. The text properties of countries.geojson
    /// follow the same rule: they are served as CSV cells too.
    /// </summary>
    public static string? CellProblem(string cell)
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

    /// <summary>The records (start line and fields) Sep finds in <paramref name="text"/>, or null after a stray quote.</summary>
    private static List<(long Line, List<string> Fields)>? ReadRecords(string file, string text, IReadOnlyList<string> header, ProblemList problems)
    {
        // Sep also ends a line at a lone CR, which this format never did (it is cell content, refused as a control
        // character), so a lone CR reaches Sep as a private-use character the text lacks (NUL if it has them all).
        var standIn = LoneCarriageReturn().IsMatch(text)
            ? Enumerable.Range(0xE000, 0x1900).Select(c => (char)c).FirstOrDefault(c => !text.Contains(c)) : (char?)null;
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true })
            .FromText(standIn is { } s ? LoneCarriageReturn().Replace(text, s.ToString()) : text);
        var records = new List<(long, List<string>)>();
        long line = 1; // Sep 0.17.1 gives the first record's LineNumberFrom as its end, so each start is the last end.
        foreach (var row in reader)
        {
            var fields = new List<string>(row.ColCount);
            var newlinesBefore = 0;
            for (var i = 0; i < row.ColCount; i++)
            {
                var raw = row[i].ToString();
                var (value, tail) = Decode(raw);
                if (tail < 0) // an open quote runs to the end of the text in Sep too, so this is the last field
                {
                    problems.Add(file, line, null, "a quoted field is never closed");
                }
                else if (raw.AsSpan(tail).IndexOfAny(",\n") >= 0)
                {
                    // A quote in an unquoted stretch is text to this format, but Sep opens a quoted run at it and
                    // so joins fields and lines that should be apart: nothing after it can be trusted.
                    var at = line + newlinesBefore + raw.AsSpan(0, raw.IndexOf('"', tail)).Count('\n');
                    problems.Add(file, at, records.Count > 0 && i < header.Count ? header[i] : null, "stray '\"' (a field with a quote must be quoted whole, its own quotes doubled)");
                    return null;
                }

                newlinesBefore += raw.AsSpan().Count('\n');
                fields.Add(standIn is { } c ? value.Replace(c, '\r') : value);
            }

            records.Add((line, fields));
            line = row.LineNumberToExcl;
        }

        // A record ends at a newline, or at the end of the text if anything is in it: a last '""' is no record.
        return records is [.., (_, [""])] && !text.EndsWith('\n') ? records[..^1] : records;
    }

    /// <summary>A raw field as this format reads it: a leading quote opens a part in which a doubled quote is one and
    /// a lone one closes it; the rest (the tail, from the returned index; -1 if never closed) is as written.</summary>
    private static (string Value, int Tail) Decode(string raw)
    {
        var close = raw.StartsWith('"') ? raw.IndexOf('"', 1) : -2;
        while (close >= 0 && close + 1 < raw.Length && raw[close + 1] == '"')
        {
            close = raw.IndexOf('"', close + 2);
        }

        return close switch
        {
            -2 => (raw, 0),
            -1 => (raw[1..].Replace("\"\"", "\"", StringComparison.Ordinal), -1),
            _ => (raw[1..close].Replace("\"\"", "\"", StringComparison.Ordinal) + raw[(close + 1)..], close + 1),
        };
    }

    [GeneratedRegex("\r(?!\n)")]
    private static partial Regex LoneCarriageReturn();
}
