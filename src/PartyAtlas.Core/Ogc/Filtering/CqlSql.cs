using System.Collections.Frozen;

namespace PartyAtlas.Core.Ogc.Filtering;

/// <summary>A translated filter: an SQL condition over the row source `f` and the values it binds.</summary>
public sealed record CompiledFilter(string Sql, IReadOnlyList<KeyValuePair<string, object>> Parameters);

/// <summary>
/// Translates a CQL2 tree into an SQL condition over a collection's row source. Only three kinds of text
/// reach SQL: the queryables' own expressions (from <see cref="FeatureCollections"/>), operators and
/// functions from the fixed tables below, and parameter placeholders (@cql0, @cql1 …). Every value
/// of the filter — strings, numbers, dates, geometries — is bound. Types are checked against the
/// queryables, so a wrong type, an unknown property or an unsupported function is a clear error.
/// </summary>
public sealed partial class CqlSql
{
    /// <summary>The most values a filter may bind.</summary>
    public const int MaxValues = 1000;

    private static readonly FrozenDictionary<string, string> Comparisons = new Dictionary<string, string>
    {
        ["="] = "=", ["<>"] = "<>", ["<"] = "<", ["<="] = "<=", [">"] = ">", [">="] = ">=",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> SpatialFunctions = new Dictionary<string, string>
    {
        ["S_INTERSECTS"] = "ST_Intersects", ["S_EQUALS"] = "ST_Equals", ["S_DISJOINT"] = "ST_Disjoint", ["S_TOUCHES"] = "ST_Touches",
        ["S_WITHIN"] = "ST_Within", ["S_OVERLAPS"] = "ST_Overlaps", ["S_CROSSES"] = "ST_Crosses", ["S_CONTAINS"] = "ST_Contains",
    }.ToFrozenDictionary();

    /// <summary>The functions this translator knows, for error messages and the OpenAPI description.</summary>
    public static IEnumerable<string> Functions => ["CASEI", .. SpatialFunctions.Keys.Order(), .. TemporalFunctions.Keys.Order()];

    private enum Kind
    {
        Text,
        Number,
        Boolean,
        Date,
        Timestamp,
        Geometry,
    }

    private sealed record Operand(string Sql, Kind Kind, string What);

    private readonly FeatureCollectionDefinition _collection;
    private readonly List<KeyValuePair<string, object>> _values = [];

    private CqlSql(FeatureCollectionDefinition collection) => _collection = collection;

    public static CompiledFilter Translate(CqlNode filter, FeatureCollectionDefinition collection)
    {
        var translator = new CqlSql(collection);
        var sql = translator.Condition(filter);
        return new CompiledFilter(sql, translator._values);
    }

    private string Condition(CqlNode node) => node switch
    {
        CqlAnd and => "(" + string.Join(" AND ", and.Args.Select(Condition)) + ")",
        CqlOr or => "(" + string.Join(" OR ", or.Args.Select(Condition)) + ")",
        CqlNot not => "(NOT " + Condition(not.Arg) + ")",
        CqlComparison c => Comparison(c),
        CqlLike like => Like(like),
        CqlBetween between => Between(between),
        CqlIn @in => In(@in),
        CqlIsNull isNull => $"({Value(isNull.Value, allowGeometry: true).Sql} IS NULL)",
        CqlFunction f when SpatialFunctions.TryGetValue(f.Name, out var st) => Spatial(f, st),
        CqlFunction f when TemporalFunctions.TryGetValue(f.Name, out var relation) => Temporal(f, relation),
        CqlFunction f => throw Unsupported(f),
        CqlLiteral { Value: bool b } => b ? "TRUE" : "FALSE",
        CqlProperty p => throw new CqlException($"'{Shown(p.Name)}' alone is not a condition: compare it, e.g. {Shown(p.Name)} = true."),
        _ => throw new CqlException($"{Describe(node)} is not a condition."),
    };

    private string Comparison(CqlComparison c)
    {
        var (left, right) = (Value(AsInstantBeside(c.Left, c.Right)), Value(AsInstantBeside(c.Right, c.Left)));
        var (l, r) = Comparable(left, right, c.Op);
        return $"({l} {Comparisons[c.Op]} {r})";
    }

    private string Like(CqlLike like)
    {
        var value = Value(like.Value);
        if (value.Kind != Kind.Text)
        {
            throw new CqlException($"LIKE needs text: {value.What} is {Name(value.Kind)}.");
        }

        if (like.Pattern is not (CqlLiteral { Value: string } or CqlFunction { Name: "CASEI", Args: [CqlLiteral { Value: string }] }))
        {
            throw new CqlException("LIKE takes a quoted pattern ('%' any text, '_' one character, '\\' escapes).");
        }

        return $"({value.Sql} LIKE {Value(like.Pattern).Sql})";
    }

    private string Between(CqlBetween between)
    {
        var parts = new[] { between.Value, between.Low, between.High }.Select(n => Value(n)).ToArray();
        if (parts.FirstOrDefault(p => p.Kind != Kind.Number) is { } wrong)
        {
            throw new CqlException($"BETWEEN compares numbers: {wrong.What} is {Name(wrong.Kind)} (for dates use T_DURING or T_INTERSECTS).");
        }

        return $"({parts[0].Sql} BETWEEN {parts[1].Sql} AND {parts[2].Sql})";
    }

    private string In(CqlIn @in)
    {
        var value = Value(@in.Value);
        var items = @in.List.Select(item => item is CqlLiteral or CqlDate or CqlTimestamp
                ? Comparable(value, Value(AsInstantBeside(item, @in.Value)), "IN").Right
                : throw new CqlException($"IN takes a list of literals, not {Describe(item)}."))
            .ToArray();
        return $"({value.Sql} IN ({string.Join(", ", items)}))";
    }

    private string Spatial(CqlFunction f, string function)
    {
        var args = Arguments(f, 2).Select(a => Value(a, allowGeometry: true)).ToArray();
        if (args.FirstOrDefault(a => a.Kind != Kind.Geometry) is { } wrong)
        {
            throw new CqlException($"{f.Name} compares geometries: {wrong.What} is {Name(wrong.Kind)} (the geometry queryable is 'geometry').");
        }

        return $"{function}({args[0].Sql}, {args[1].Sql})";
    }

    private Operand Value(CqlNode node, bool allowGeometry = false)
    {
        var operand = node switch
        {
            CqlProperty p => Property(p.Name),
            CqlLiteral { Value: string s } => new Operand(Bind(s, "text"), Kind.Text, $"'{Shown(s)}'"),
            CqlLiteral { Value: decimal d } => new Operand(Bind(d, "numeric"), Kind.Number, d.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            CqlLiteral { Value: bool b } => new Operand(Bind(b, "boolean"), Kind.Boolean, b ? "TRUE" : "FALSE"),
            CqlDate d => new Operand(Bind(d.Value, "date"), Kind.Date, $"DATE('{d.Value:yyyy-MM-dd}')"),
            CqlTimestamp t => new Operand(Bind(t.Value, "timestamptz"), Kind.Timestamp, "a TIMESTAMP"),
            CqlGeometry g => new Operand(Bind(g.Value, "geometry"), Kind.Geometry, $"a {g.Value.GeometryType} literal"),
            CqlFunction { Name: "CASEI" } f => CaseInsensitive(f),
            CqlFunction { Name: "DATE" or "TIMESTAMP" or "INTERVAL" or "BBOX" } f =>
                throw new CqlException($"{f.Name} takes {(f.Name == "INTERVAL" ? "two ends" : f.Name == "BBOX" ? "4 or 6 numbers" : "one quoted value")}."),
            CqlFunction f when SpatialFunctions.ContainsKey(f.Name) || TemporalFunctions.ContainsKey(f.Name) =>
                throw new CqlException($"{f.Name}(…) is a condition, not a value."),
            CqlFunction f => throw Unsupported(f),
            _ => throw new CqlException($"{Describe(node)} is not a value here."),
        };
        return operand.Kind == Kind.Geometry && !allowGeometry
            ? throw new CqlException($"{operand.What} is a geometry: compare geometries with S_INTERSECTS and the other spatial functions.")
            : operand;
    }

    private Operand CaseInsensitive(CqlFunction f)
    {
        var inner = Value(Arguments(f, 1)[0]);
        return inner.Kind == Kind.Text
            ? new Operand($"lower({inner.Sql})", Kind.Text, $"CASEI({inner.What})")
            : throw new CqlException($"CASEI takes text: {inner.What} is {Name(inner.Kind)}.");
    }

    private Operand Property(string name)
    {
        var queryable = _collection.FindQueryable(name)
            ?? throw new CqlException($"'{Shown(name)}' is not a queryable of '{_collection.Id}'. Queryables: {string.Join(", ", _collection.Queryables.Select(q => q.Name))}.");
        var kind = queryable.Type switch
        {
            FilterType.Text => Kind.Text,
            FilterType.Integer or FilterType.Number => Kind.Number,
            FilterType.Boolean => Kind.Boolean,
            FilterType.Date => Kind.Date,
            _ => Kind.Geometry,
        };
        return new Operand(queryable.Sql, kind, $"'{name}'");
    }

    // Two operands that may be compared: the same kind, or a date and a timestamp (the date as its first moment).
    private static (string Left, string Right) Comparable(Operand left, Operand right, string op)
    {
        if (left.Kind == right.Kind && left.Kind != Kind.Geometry)
        {
            return (left.Sql, right.Sql);
        }

        if (left.Kind is Kind.Date or Kind.Timestamp && right.Kind is Kind.Date or Kind.Timestamp)
        {
            return (left.Kind == Kind.Date ? DayAsTimestamp(left.Sql, true) : left.Sql, right.Kind == Kind.Date ? DayAsTimestamp(right.Sql, true) : right.Sql);
        }

        throw new CqlException($"Cannot compare ({op}) {left.What}, {Name(left.Kind)}, with {right.What}, {Name(right.Kind)}.");
    }

    // Two leniencies for what GDAL writes from `-where`: a quoted string beside a date or timestamp is read
    // as one ('2021-07-06'), and 0 or 1 beside a boolean property as false or true (OGR's booleans are integers).
    private CqlNode AsInstantBeside(CqlNode node, CqlNode other) => node switch
    {
        CqlLiteral { Value: string s } when IsTemporal(other) => Instant(s, "the comparison"),
        CqlLiteral { Value: decimal n } when n is 0 or 1 && other is CqlProperty p && _collection.FindQueryable(p.Name)?.Type == FilterType.Boolean =>
            new CqlLiteral(n == 1),
        _ => node,
    };

    private bool IsTemporal(CqlNode node) => node switch
    {
        CqlDate or CqlTimestamp => true,
        CqlProperty p => _collection.FindQueryable(p.Name)?.Type == FilterType.Date,
        _ => false,
    };

    private static CqlNode Instant(string text, string where) =>
        CqlTime.TryParseDate(text, out var date) ? new CqlDate(date)
        : CqlTime.TryParseTimestamp(text, out var instant) ? new CqlTimestamp(instant)
        : throw new CqlException($"'{Shown(text)}' is not a date (yyyy-mm-dd) or timestamp (RFC 3339), in {where}.");

    private string Bind(object value, string type)
    {
        if (_values.Count >= MaxValues)
        {
            throw new CqlException($"A filter may have at most {MaxValues} values.");
        }

        var name = "cql" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _values.Add(new(name, value));
        return $"@{name}::{type}";
    }

    private static IReadOnlyList<CqlNode> Arguments(CqlFunction f, int count) => f.Args.Count == count
        ? f.Args
        : throw new CqlException($"{f.Name} takes {count} argument{(count == 1 ? "" : "s")}, not {f.Args.Count}.");

    private IEnumerable<string> Queryables(FilterType type) => _collection.Queryables.Where(q => q.Type == type).Select(q => q.Name).DefaultIfEmpty("none here");

    private static CqlException Unsupported(CqlFunction f) =>
        new($"The function '{Shown(f.Name)}' is not supported. Functions: {string.Join(", ", Functions)}.");

    private static string Describe(CqlNode node) => node switch
    {
        CqlProperty p => $"'{Shown(p.Name)}'",
        CqlLiteral l => $"the literal {Shown(Convert.ToString(l.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "")}",
        CqlFunction f => $"{Shown(f.Name)}(…)",
        CqlInterval => "an INTERVAL",
        CqlGeometry => "a geometry",
        CqlOpenEnd => "'..'",
        CqlDate or CqlTimestamp => "a date",
        _ => "a condition",
    };

    private static string Name(Kind kind) => kind switch
    {
        Kind.Text => "text",
        Kind.Number => "a number",
        Kind.Boolean => "a boolean",
        Kind.Date => "a date",
        Kind.Timestamp => "a timestamp",
        _ => "a geometry",
    };

    private static string Shown(string text) => CqlTime.Shown(text);
}
