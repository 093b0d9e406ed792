using System.Collections.Frozen;

namespace PartyAtlas.Core.Ogc.Filtering;

/// <summary>The temporal half of <see cref="CqlSql"/>: CQL2's T_* relations over dates, timestamps and intervals.</summary>
public sealed partial class CqlSql
{
    // CQL2's temporal relations over intervals a = [as, ae] and b = [bs, be] (an instant is [t, t]); {0}..{3} = as, ae, bs, be.
    private static readonly FrozenDictionary<string, string> TemporalFunctions = new Dictionary<string, string>
    {
        ["T_AFTER"] = "{0} > {3}",
        ["T_BEFORE"] = "{1} < {2}",
        ["T_CONTAINS"] = "{0} < {2} AND {1} > {3}",
        ["T_DISJOINT"] = "NOT ({0} <= {3} AND {1} >= {2})",
        ["T_DURING"] = "{0} > {2} AND {1} < {3}",
        ["T_EQUALS"] = "{0} = {2} AND {1} = {3}",
        ["T_FINISHEDBY"] = "{0} < {2} AND {1} = {3}",
        ["T_FINISHES"] = "{0} > {2} AND {1} = {3}",
        ["T_INTERSECTS"] = "{0} <= {3} AND {1} >= {2}",
        ["T_MEETS"] = "{1} = {2}",
        ["T_METBY"] = "{0} = {3}",
        ["T_OVERLAPPEDBY"] = "{0} > {2} AND {0} < {3} AND {1} > {3}",
        ["T_OVERLAPS"] = "{0} < {2} AND {1} > {2} AND {1} < {3}",
        ["T_STARTEDBY"] = "{0} = {2} AND {1} > {3}",
        ["T_STARTS"] = "{0} = {2} AND {1} < {3}",
    }.ToFrozenDictionary();

    private sealed record Interval(string Start, string End, Kind Kind);

    private string Temporal(CqlFunction f, string relation)
    {
        var args = Arguments(f, 2).Select(a => AsInterval(a, f.Name)).ToArray();
        var timestamps = args.Any(a => a.Kind == Kind.Timestamp);
        string End(Interval i, bool start) => timestamps && i.Kind == Kind.Date ? DayAsTimestamp(start ? i.Start : i.End, start) : start ? i.Start : i.End;
        return "(" + string.Format(System.Globalization.CultureInfo.InvariantCulture, relation,
            End(args[0], true), End(args[0], false), End(args[1], true), End(args[1], false)) + ")";
    }

    private Interval AsInterval(CqlNode node, string function)
    {
        switch (node)
        {
            case CqlInterval interval:
                var (start, end) = (IntervalEnd(interval.Start, true, function), IntervalEnd(interval.End, false, function));
                var kind = start.Kind == Kind.Timestamp || end.Kind == Kind.Timestamp ? Kind.Timestamp : Kind.Date;
                return new Interval(Retyped(start, kind, true), Retyped(end, kind, false), kind);
            case CqlOpenEnd:
                throw new CqlException($"'..' is only an interval's open end, in {function}.");
            default:
                var instant = IntervalEnd(node, true, function);
                return new Interval(instant.Sql, instant.Sql, instant.Kind);
        }
    }

    // An interval's end: a date or timestamp (literal, property, or a quoted string read as one), or '..' (open).
    private Operand IntervalEnd(CqlNode node, bool start, string function)
    {
        if (node is CqlOpenEnd)
        {
            return new Operand(start ? "'-infinity'" : "'infinity'", Kind.Date, "'..'");
        }

        var value = Value(node is CqlLiteral { Value: string s } ? Instant(s, function) : node);
        return value.Kind is Kind.Date or Kind.Timestamp
            ? value
            : throw new CqlException($"{function} compares dates and times: {value.What} is {Name(value.Kind)} (temporal queryables: {string.Join(", ", Queryables(FilterType.Date))}).");
    }

    // An open end is typed by the interval it closes; a date end becomes a timestamp when the interval has one.
    private static string Retyped(Operand end, Kind kind, bool start) => end.What == "'..'"
        ? $"{end.Sql}::{(kind == Kind.Timestamp ? "timestamptz" : "date")}"
        : kind == Kind.Timestamp && end.Kind == Kind.Date ? DayAsTimestamp(end.Sql, start) : end.Sql;

    // A day, as an instant of time: its first moment (as a start) or its last (as an end), in UTC.
    private static string DayAsTimestamp(string date, bool start) => date.EndsWith("infinity'::date", StringComparison.Ordinal)
        ? date.Replace("::date", "::timestamptz", StringComparison.Ordinal)
        : start ? $"({date}::timestamp AT TIME ZONE 'UTC')" : $"(({date} + 1)::timestamp AT TIME ZONE 'UTC' - interval '1 microsecond')";
}
