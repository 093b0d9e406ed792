using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>
/// Random CQL2 expressions over a collection's queryables, each written both as cql2-text and cql2-json,
/// with the test's own evaluation of it on one feature's properties (SQL's three-valued logic: null is
/// unknown, and unknown does not match). Written from the CQL2 standard, not from the server's code.
/// </summary>
public sealed class RandomCql(Random random, IReadOnlyDictionary<string, string> types, IReadOnlyList<JsonObject> rows)
{
    /// <summary>One expression: its two encodings and what it says of a feature's properties.</summary>
    public sealed record Expression(string Text, JsonNode Json, Func<JsonObject, bool?> Evaluate);

    /// <summary>Strings that would be SQL if they reached SQL; as CQL2 literals they must stay text.</summary>
    public static readonly string[] Injections =
    [
        "'; DROP TABLE participations; --", "' OR '1'='1", "1) OR (1=1", "x'); SELECT pg_sleep(5); --", "$$; DELETE FROM countries; $$",
        "@cql0", "::text", "%' OR 1=1 --", "\\'; TRUNCATE parties; --", "\" OR \"\" = \"",
    ];

    private static readonly string[] TemporalRelations =
        ["T_AFTER", "T_BEFORE", "T_CONTAINS", "T_DISJOINT", "T_DURING", "T_EQUALS", "T_FINISHEDBY", "T_FINISHES", "T_INTERSECTS",
         "T_MEETS", "T_METBY", "T_OVERLAPPEDBY", "T_OVERLAPS", "T_STARTEDBY", "T_STARTS"];

    public Expression Next(int depth = 3)
    {
        if (depth == 0 || random.NextDouble() < 0.45)
        {
            return Atom();
        }

        switch (random.Next(3))
        {
            case 0:
                var (a, b) = (Next(depth - 1), Next(depth - 1));
                return new($"({a.Text}) AND ({b.Text})", Op("and", a.Json, b.Json), r => And(a.Evaluate(r), b.Evaluate(r)));
            case 1:
                var (c, d) = (Next(depth - 1), Next(depth - 1));
                return new($"({c.Text}) OR ({d.Text})", Op("or", c.Json, d.Json), r => Or(c.Evaluate(r), d.Evaluate(r)));
            default:
                var e = Next(depth - 1);
                return new($"NOT ({e.Text})", Op("not", e.Json), r => !e.Evaluate(r));
        }
    }

    private Expression Atom()
    {
        var names = types.Keys.Where(k => types[k] != "geometry").ToArray();
        var name = names[random.Next(names.Length)];
        if (random.Next(12) == 0)
        {
            return new($"{name} IS NULL", Op("isNull", Property(name)), r => Value(r, name) is null);
        }

        return types[name] switch
        {
            "integer" or "number" => NumberAtom(name),
            "boolean" => BooleanAtom(name),
            "date" => DateAtom(name),
            _ => TextAtom(name),
        };
    }

    private Expression NumberAtom(string name)
    {
        decimal Sample() => Sampled(name) is JsonValue v ? v.GetValue<decimal>() + random.Next(-1, 2) : random.Next(0, 3000);
        switch (random.Next(3))
        {
            case 0:
                var (low, high) = (Sample(), Sample());
                return new($"{name} BETWEEN {low} AND {high}", Op("between", Property(name), low, high),
                    r => Number(r, name) is { } n ? n >= low && n <= high : null);
            case 1:
                var list = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sample()).ToArray();
                return new($"{name} IN ({string.Join(", ", list.Select(Text))})", Op("in", Property(name), new JsonArray(list.Select(n => (JsonNode)n).ToArray())),
                    r => Number(r, name) is { } n ? list.Contains(n) : null);
            default:
                var op = new[] { "=", "<>", "<", "<=", ">", ">=" }[random.Next(6)];
                var value = Sample();
                return new($"{name} {op} {Text(value)}", Op(op, Property(name), value), r => Number(r, name) is { } n ? Compare(n.CompareTo(value), op) : null);
        }
    }

    private Expression BooleanAtom(string name)
    {
        var value = random.Next(2) == 0;
        var op = random.Next(2) == 0 ? "=" : "<>";
        return new($"{name} {op} {(value ? "TRUE" : "false")}", Op(op, Property(name), value),
            r => Value(r, name) is JsonValue v ? (v.GetValue<bool>() == value) == (op == "=") : null);
    }

    private Expression TextAtom(string name)
    {
        string Sample() => random.Next(8) == 0 ? Injections[random.Next(Injections.Length)]
            : Sampled(name) is JsonValue v ? v.GetValue<string>() : "nothing like this";
        switch (random.Next(4))
        {
            case 0:
                var value = Sample();
                var start = random.Next(value.Length + 1);
                var part = value[start..Math.Min(value.Length, start + random.Next(1, 6))];
                var pattern = random.Next(3) switch { 0 => part + "%", 1 => "%" + part + "%", _ => "%" + (part.Length > 0 ? part.Replace(part[..1], "_", StringComparison.Ordinal) : "_") };
                var regex = new Regex("^" + Regex.Escape(pattern).Replace("%", ".*", StringComparison.Ordinal).Replace("_", ".", StringComparison.Ordinal) + "$", RegexOptions.Singleline);
                return pattern.Contains('\\', StringComparison.Ordinal)
                    ? TextAtom(name)
                    : new($"{name} LIKE {Quote(pattern)}", Op("like", Property(name), pattern), r => Str(r, name) is { } s ? regex.IsMatch(s) : null);
            case 1:
                var list = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sample()).ToArray();
                return new($"{name} IN ({string.Join(", ", list.Select(Quote))})", Op("in", Property(name), new JsonArray(list.Select(s => (JsonNode)s).ToArray())),
                    r => Str(r, name) is { } s ? list.Contains(s, StringComparer.Ordinal) : null);
            case 2 when Sample() is var ascii && ascii.All(char.IsAscii):
                // CASEI on ASCII only: PostgreSQL's lower() of other letters follows the database's locale.
                var shouted = ascii.ToUpperInvariant();
                return new($"CASEI({name}) = casei({Quote(shouted)})",
                    Op("=", Op("casei", Property(name)), Op("casei", shouted)),
                    r => Str(r, name) is { } s ? s.ToLowerInvariant() == ascii.ToLowerInvariant() : null);
            default:
                var op = random.Next(2) == 0 ? "=" : "<>";
                var text = Sample();
                return new($"{name} {op} {Quote(text)}", Op(op, Property(name), text), r => Str(r, name) is { } s ? (s == text) == (op == "=") : null);
        }
    }

    private Expression DateAtom(string name)
    {
        DateOnly Sample() => Sampled(name) is JsonValue v ? DateOnly.Parse(v.GetValue<string>(), CultureInfo.InvariantCulture).AddDays(random.Next(-2, 3))
            : new DateOnly(2014 + random.Next(12), 1 + random.Next(12), 1 + random.Next(28));
        if (random.Next(2) == 0 || !types.ContainsKey("start_date") || !types.ContainsKey("end_date"))
        {
            var op = new[] { "=", "<>", "<", "<=", ">", ">=" }[random.Next(6)];
            var value = Sample();
            // GDAL's way (a quoted date) or the standard's (DATE(…)).
            var literal = random.Next(2) == 0 ? $"'{value:yyyy-MM-dd}'" : $"DATE('{value:yyyy-MM-dd}')";
            return new($"{name} {op} {literal}", Op(op, Property(name), new JsonObject { ["date"] = $"{value:yyyy-MM-dd}" }),
                r => Date(r, name) is { } d ? Compare(d.CompareTo(value), op) : null);
        }

        var relation = TemporalRelations[random.Next(TemporalRelations.Length)];
        var (first, second) = (Sample(), Sample());
        DateOnly? from = random.Next(5) == 0 ? null : first < second ? first : second;
        DateOnly? to = random.Next(5) == 0 ? null : first < second ? second : first;
        var instant = random.Next(3) == 0;
        var left = instant ? "start_date" : "INTERVAL(start_date, end_date)";
        JsonNode leftJson = instant ? Property("start_date") : new JsonObject { ["interval"] = new JsonArray(Property("start_date"), Property("end_date")) };
        string End(DateOnly? d) => d is { } v ? $"'{v:yyyy-MM-dd}'" : "'..'";
        var right = $"INTERVAL({End(from)}, {End(to)})";
        var rightJson = new JsonObject { ["interval"] = new JsonArray(from is { } f ? $"{f:yyyy-MM-dd}" : "..", to is { } t ? $"{t:yyyy-MM-dd}" : "..") };
        return new($"{relation}({left}, {right})", Op(relation.ToLowerInvariant(), leftJson, rightJson), r =>
        {
            var (s, e) = (Date(r, "start_date"), instant ? Date(r, "start_date") : Date(r, "end_date"));
            return s is null || e is null ? null : Relation(relation, s.Value, e.Value, from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue);
        });
    }

    // CQL2's temporal relations of [as, ae] to [bs, be].
    private static bool Relation(string name, DateOnly @as, DateOnly ae, DateOnly bs, DateOnly be) => name switch
    {
        "T_AFTER" => @as > be,
        "T_BEFORE" => ae < bs,
        "T_CONTAINS" => @as < bs && ae > be,
        "T_DISJOINT" => !(@as <= be && ae >= bs),
        "T_DURING" => @as > bs && ae < be,
        "T_EQUALS" => @as == bs && ae == be,
        "T_FINISHEDBY" => @as < bs && ae == be,
        "T_FINISHES" => @as > bs && ae == be,
        "T_INTERSECTS" => @as <= be && ae >= bs,
        "T_MEETS" => ae == bs,
        "T_METBY" => @as == be,
        "T_OVERLAPPEDBY" => @as > bs && @as < be && ae > be,
        "T_OVERLAPS" => @as < bs && ae > bs && ae < be,
        "T_STARTEDBY" => @as == bs && ae > be,
        "T_STARTS" => @as == bs && ae < be,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private JsonNode? Sampled(string name)
    {
        var present = rows.Select(r => r[name]).Where(v => v is not null).ToArray();
        return present.Length == 0 ? null : present[random.Next(present.Length)];
    }

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a is null || b is null ? null : true;

    private static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a is null || b is null ? null : false;

    private static bool Compare(int order, string op) => op switch
    {
        "=" => order == 0, "<>" => order != 0, "<" => order < 0, "<=" => order <= 0, ">" => order > 0, _ => order >= 0,
    };

    private static JsonNode? Value(JsonObject row, string name) => row[name];

    private static decimal? Number(JsonObject row, string name) => row[name] is JsonValue v ? v.GetValue<decimal>() : null;

    private static string? Str(JsonObject row, string name) => row[name] is JsonValue v ? v.GetValue<string>() : null;

    private static DateOnly? Date(JsonObject row, string name) =>
        row[name] is JsonValue v ? DateOnly.Parse(v.GetValue<string>(), CultureInfo.InvariantCulture) : null;

    private static JsonObject Property(string name) => new() { ["property"] = name };

    private static JsonObject Op(string op, params JsonNode?[] args) => new() { ["op"] = op, ["args"] = new JsonArray(args) };

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Text(decimal n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The queryables' types from /queryables: integer, number, boolean, string, date or geometry.</summary>
    public static Dictionary<string, string> Types(JsonElement queryables) =>
        queryables.GetProperty("properties").EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.Str("format") is "date" ? "date" : p.Value.Str("type") ?? "geometry",
            StringComparer.Ordinal);
}
