using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace PartyAtlas.Core.Ogc.Filtering;

/// <summary>
/// CQL2 JSON (OGC 21-065, cql2-json): {"op": …, "args": […]}, {"property": …}, literals, {"date": …},
/// {"timestamp": …}, {"interval": […]}, {"bbox": […]} and GeoJSON geometries, read into the same
/// <see cref="CqlNode"/> tree as the text encoding.
/// </summary>
public static class CqlJsonParser
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    private static readonly HashSet<string> GeometryTypes =
        new(["Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon", "GeometryCollection"], StringComparer.Ordinal);

    public static CqlNode Parse(string text)
    {
        if (text.Length > CqlTextParser.MaxLength)
        {
            throw new CqlException($"The filter is longer than {CqlTextParser.MaxLength} characters.");
        }

        try
        {
            // The reader's own depth limit bounds the recursion below.
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = CqlTextParser.MaxNesting * 2 });
            return Node(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new CqlException($"Not JSON: {e.Message}");
        }
    }

    private static CqlNode Node(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => new CqlLiteral(e.GetString()!),
        JsonValueKind.Number => new CqlLiteral(e.TryGetDecimal(out var d) ? d : throw new CqlException($"{e.GetRawText()} is not a usable number.")),
        JsonValueKind.True => new CqlLiteral(true),
        JsonValueKind.False => new CqlLiteral(false),
        JsonValueKind.Object => Object(e),
        JsonValueKind.Array => throw new CqlException("An array is only allowed as the list of \"in\" or an interval (array functions are not supported)."),
        _ => throw new CqlException($"{e.ValueKind} is not a CQL2 value."),
    };

    private static CqlNode Object(JsonElement e)
    {
        if (e.TryGetProperty("op", out var op))
        {
            var args = e.TryGetProperty("args", out var a) && a.ValueKind == JsonValueKind.Array
                ? a : throw new CqlException($"The \"{op}\" operation has no \"args\" array.");
            return Operation(op.ValueKind == JsonValueKind.String ? op.GetString()! : throw new CqlException("\"op\" must be a string."), args);
        }

        if (e.TryGetProperty("property", out var property))
        {
            return new CqlProperty(property.ValueKind == JsonValueKind.String ? property.GetString()! : throw new CqlException("\"property\" must be a string."));
        }

        if (e.TryGetProperty("date", out var date))
        {
            return new CqlDate(CqlTime.ParseDate(Text(date, "date")));
        }

        if (e.TryGetProperty("timestamp", out var timestamp))
        {
            return new CqlTimestamp(CqlTime.ParseTimestamp(Text(timestamp, "timestamp")));
        }

        if (e.TryGetProperty("interval", out var interval))
        {
            var ends = interval.ValueKind == JsonValueKind.Array && interval.GetArrayLength() == 2
                ? interval.EnumerateArray().Select(IntervalEnd).ToArray() : throw new CqlException("\"interval\" takes an array of two ends.");
            return new CqlInterval(ends[0], ends[1]);
        }

        if (e.TryGetProperty("bbox", out var bbox))
        {
            return new CqlGeometry(CqlGeometries.Bbox(bbox.ValueKind == JsonValueKind.Array
                ? bbox.EnumerateArray().Select(n => n.TryGetDecimal(out var v) ? v : throw new CqlException("\"bbox\" takes numbers.")).ToArray()
                : throw new CqlException("\"bbox\" takes an array of numbers.")));
        }

        if (e.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && GeometryTypes.Contains(type.GetString()!))
        {
            try
            {
                return new CqlGeometry(CqlGeometries.Checked(e.Deserialize<Geometry>(GeoJson)!));
            }
            catch (Exception x) when (x is JsonException or ArgumentException or InvalidOperationException or FormatException)
            {
                throw new CqlException($"Not a GeoJSON geometry: {x.Message}");
            }
        }

        throw new CqlException("An object must be an operation (\"op\"), a \"property\", a \"date\", \"timestamp\", \"interval\", \"bbox\" or a GeoJSON geometry.");
    }

    private static CqlNode IntervalEnd(JsonElement e) => e.ValueKind == JsonValueKind.String
        ? e.GetString() == ".." ? new CqlOpenEnd() : new CqlLiteral(e.GetString()!)
        : Node(e);

    private static CqlNode Operation(string op, JsonElement args)
    {
        var list = args.EnumerateArray().ToArray();
        CqlNode Arg(int i) => Node(list[i]);
        void Count(int n)
        {
            if (list.Length != n)
            {
                throw new CqlException($"\"{op}\" takes {n} argument{(n == 1 ? "" : "s")}, not {list.Length}.");
            }
        }

        switch (op.ToLowerInvariant())
        {
            case "and" or "or":
                if (list.Length < 2)
                {
                    throw new CqlException($"\"{op}\" takes at least 2 arguments.");
                }

                var nodes = list.Select(Node).ToArray();
                return op.Equals("and", StringComparison.OrdinalIgnoreCase) ? new CqlAnd(nodes) : new CqlOr(nodes);
            case "not":
                Count(1);
                return new CqlNot(Arg(0));
            case "=" or "<>" or "<" or "<=" or ">" or ">=":
                Count(2);
                return new CqlComparison(op, Arg(0), Arg(1));
            case "like":
                Count(2);
                return new CqlLike(Arg(0), Arg(1));
            case "between":
                Count(3);
                return new CqlBetween(Arg(0), Arg(1), Arg(2));
            case "in":
                Count(2);
                return list[1].ValueKind == JsonValueKind.Array && list[1].GetArrayLength() > 0
                    ? new CqlIn(Arg(0), list[1].EnumerateArray().Select(Node).ToArray())
                    : throw new CqlException("\"in\" takes a value and a non-empty array.");
            case "isnull":
                Count(1);
                return new CqlIsNull(Arg(0));
            default:
                return new CqlFunction(op.ToUpperInvariant(), list.Select(Node).ToArray());
        }
    }

    private static string Text(JsonElement e, string member) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new CqlException($"\"{member}\" takes a string.");
}
