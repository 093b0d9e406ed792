using NetTopologySuite.Geometries;

namespace PartyAtlas.Core.Ogc.Filtering;

/// <summary>
/// A parsed CQL2 expression, the same whichever encoding it came in (cql2-text or cql2-json). Negated
/// predicates (NOT LIKE, NOT IN, NOT BETWEEN, IS NOT NULL) are a <see cref="CqlNot"/> around the predicate.
/// </summary>
public abstract record CqlNode;

public sealed record CqlAnd(IReadOnlyList<CqlNode> Args) : CqlNode;

public sealed record CqlOr(IReadOnlyList<CqlNode> Args) : CqlNode;

public sealed record CqlNot(CqlNode Arg) : CqlNode;

/// <summary>=, &lt;&gt;, &lt;, &lt;=, &gt; or &gt;=.</summary>
public sealed record CqlComparison(string Op, CqlNode Left, CqlNode Right) : CqlNode;

public sealed record CqlLike(CqlNode Value, CqlNode Pattern) : CqlNode;

public sealed record CqlBetween(CqlNode Value, CqlNode Low, CqlNode High) : CqlNode;

public sealed record CqlIn(CqlNode Value, IReadOnlyList<CqlNode> List) : CqlNode;

public sealed record CqlIsNull(CqlNode Value) : CqlNode;

/// <summary>A function call by name (upper case): S_*, T_*, CASEI; anything else is refused on translation, by name.</summary>
public sealed record CqlFunction(string Name, IReadOnlyList<CqlNode> Args) : CqlNode;

public sealed record CqlProperty(string Name) : CqlNode;

/// <summary>A string, number (decimal) or boolean literal.</summary>
public sealed record CqlLiteral(object Value) : CqlNode;

public sealed record CqlDate(DateOnly Value) : CqlNode;

/// <summary>An instant, in UTC.</summary>
public sealed record CqlTimestamp(DateTime Value) : CqlNode;

/// <summary>An interval; each end a date, timestamp, date property, string literal to be read as one, or <see cref="CqlOpenEnd"/>.</summary>
public sealed record CqlInterval(CqlNode Start, CqlNode End) : CqlNode;

/// <summary>'..': an interval's open end.</summary>
public sealed record CqlOpenEnd : CqlNode;

/// <summary>A geometry literal (WKT, BBOX or GeoJSON), in CRS84.</summary>
public sealed record CqlGeometry(Geometry Value) : CqlNode;
