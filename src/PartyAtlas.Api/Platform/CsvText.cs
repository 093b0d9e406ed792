using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using nietras.SeparatedValues;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// A CSV rendering (RFC 4180, header row, UTF-8) of a tabular JSON response, for spreadsheets
/// and pandas: one row per element of the response's row array (or per GeoJSON feature's
/// properties); arrays become `;`-separated cells, nested objects `parent_child` columns.
/// </summary>
public sealed class CsvText(string csv) : PrebuiltBodyResult(csv, MediaType, "charset=utf-8; header=present"), IEndpointMetadataProvider
{
    public const string MediaType = "text/csv";

    // A second 200 type would replace the JSON one in the OpenAPI document, so CSV is added
    // beside it by CsvOpenApiTransformer instead.
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(CsvAlternative.Instance);

    /// <summary>True when the client asked for CSV (f=csv, or Accept: text/csv without f).</summary>
    public static bool Wanted(HttpRequest request, PartyAtlas.Core.Parameters.OutputFormat? format) =>
        Wanted(request, format?.ToString());

    public static bool Wanted(HttpRequest request, string? format) =>
        format == "csv" || (format is null && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Renders the array member <paramref name="rowsMember"/> of <paramref name="json"/> ("features" = GeoJSON properties).</summary>
    public static CsvText From(string json, string rowsMember)
    {
        using var document = JsonDocument.Parse(json);
        var rows = document.RootElement.GetProperty(rowsMember).EnumerateArray()
            .Select(r => rowsMember == "features" ? r.GetProperty("properties") : r)
            .Select(Flatten)
            .ToArray();
        var columns = rows.SelectMany(r => r.Keys).Distinct().ToArray();
        if (columns.Length == 0)
        {
            // Sep writes no line for a row without columns; the header line and each row's line stay, empty.
            return new CsvText(string.Concat(Enumerable.Repeat("\r\n", rows.Length + 1)));
        }

        // RFC 4180 lines end in CRLF whatever the server's own newline is; Sep ends them with the writer's NewLine.
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true))
        {
            writer.Header.Add(columns);
            foreach (var row in rows)
            {
                using var line = writer.NewRow();
                for (var i = 0; i < columns.Length; i++)
                {
                    line[i].Set(Defused(row.GetValueOrDefault(columns[i], "")));
                }
            }
        }

        return new CsvText(text.ToString());
    }

    /// <summary>
    /// A cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first, and not a number) gets a
    /// leading apostrophe (OWASP's CSV-injection advice): imports refuse such text, so this guards the rest.
    /// </summary>
    internal static string Defused(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + cell : cell;

    private static Dictionary<string, string> Flatten(JsonElement row)
    {
        var cells = new Dictionary<string, string>();
        foreach (var property in row.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var (name, value) in Flatten(property.Value))
                {
                    cells[$"{property.Name}_{name}"] = value;
                }
            }
            else
            {
                cells[property.Name] = Cell(property.Value);
            }
        }

        return cells;
    }

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(';', value.EnumerateArray().Select(Cell)),
        _ => value.GetRawText(),
    };
}
