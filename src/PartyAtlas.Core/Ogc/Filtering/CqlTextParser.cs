using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;
using Superpower.Tokenizers;
using SuperParse = Superpower.Parse;

namespace PartyAtlas.Core.Ogc.Filtering;

/// <summary>
/// CQL2 text (OGC 21-065, cql2-text) parsed by a Superpower grammar: boolean AND/OR/NOT and grouping,
/// comparisons, LIKE, BETWEEN, IN, IS NULL, function calls (S_*, T_*, CASEI …), DATE, TIMESTAMP and
/// INTERVAL literals, and WKT or BBOX geometry literals. Keywords are case-insensitive.
/// </summary>
public static class CqlTextParser
{
    /// <summary>The longest filter accepted, in characters.</summary>
    public const int MaxLength = 8000;

    /// <summary>How deep groups and NOTs may nest: recursion is bounded before the grammar runs.</summary>
    public const int MaxNesting = 40;

    private enum CqlToken
    {
        LParen,
        RParen,
        Comma,
        Comparison,
        String,
        Number,
        Identifier,
        QuotedIdentifier,
    }

    private static readonly Tokenizer<CqlToken> Tokenizer = new TokenizerBuilder<CqlToken>()
        // Span.Regex finds a match anywhere after the position: \G anchors each pattern at it.
        .Ignore(Span.WhiteSpace)
        .Match(Character.EqualTo('('), CqlToken.LParen)
        .Match(Character.EqualTo(')'), CqlToken.RParen)
        .Match(Character.EqualTo(','), CqlToken.Comma)
        .Match(Span.Regex(@"\G(?:<>|<=|>=|<|>|=)"), CqlToken.Comparison)
        .Match(Span.Regex("\\G'(?:[^']|'')*'"), CqlToken.String)
        .Match(Span.Regex(@"\G[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"), CqlToken.Number)
        .Match(Span.Regex(@"\G[A-Za-z_][A-Za-z0-9_.:]*"), CqlToken.Identifier, requireDelimiters: true)
        .Match(Span.Regex("\\G\"(?:[^\"]|\"\")*\""), CqlToken.QuotedIdentifier)
        .Build();

    // Not property names: the grammar's own words.
    private static readonly HashSet<string> Reserved =
        new(["AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS", "NULL", "TRUE", "FALSE"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> WktTypes =
        new(["POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION"], StringComparer.OrdinalIgnoreCase);

    public static CqlNode Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new CqlException($"The filter is longer than {MaxLength} characters.");
        }

        var tokens = Tokenizer.TryTokenize(text);
        if (!tokens.HasValue)
        {
            throw new CqlException($"Syntax error: {tokens}.");
        }

        CheckNesting(tokens.Value);
        var result = Filter.TryParse(tokens.Value);
        return result.HasValue ? result.Value : throw new CqlException($"Syntax error: {result}.");
    }

    private static void CheckNesting(TokenList<CqlToken> tokens)
    {
        int depth = 0, nots = 0;
        foreach (var token in tokens)
        {
            depth += token.Kind switch { CqlToken.LParen => 1, CqlToken.RParen => -1, _ => 0 };
            nots += token.Kind == CqlToken.Identifier && token.Span.EqualsValueIgnoreCase("NOT") ? 1 : 0;
            if (depth > MaxNesting || nots > MaxNesting)
            {
                throw new CqlException($"The filter nests deeper than {MaxNesting} levels (groups or NOTs).");
            }
        }
    }

    private static TokenListParser<CqlToken, Token<CqlToken>> Keyword(string word) =>
        Token.EqualToValueIgnoreCase(CqlToken.Identifier, word);

    private static readonly TokenListParser<CqlToken, Token<CqlToken>> Open = Token.EqualTo(CqlToken.LParen);
    private static readonly TokenListParser<CqlToken, Token<CqlToken>> Close = Token.EqualTo(CqlToken.RParen);
    private static readonly TokenListParser<CqlToken, Token<CqlToken>> Comma = Token.EqualTo(CqlToken.Comma);

    private static readonly TokenListParser<CqlToken, string> StringText =
        Token.EqualTo(CqlToken.String).Select(t => Unquote(t.ToStringValue(), '\''));

    private static readonly TokenListParser<CqlToken, decimal> NumberValue =
        Token.EqualTo(CqlToken.Number).Select(t => decimal.Parse(t.ToStringValue(), NumberStyles.Float, CultureInfo.InvariantCulture));

    private static readonly TokenListParser<CqlToken, CqlNode> Literal =
        StringText.Select(s => (CqlNode)new CqlLiteral(s))
            .Or(NumberValue.Select(n => (CqlNode)new CqlLiteral(n)))
            .Or(Keyword("TRUE").Value((CqlNode)new CqlLiteral(true)))
            .Or(Keyword("FALSE").Value((CqlNode)new CqlLiteral(false)));

    private static readonly TokenListParser<CqlToken, CqlNode> PropertyName =
        Token.EqualTo(CqlToken.QuotedIdentifier).Select(t => (CqlNode)new CqlProperty(Unquote(t.ToStringValue(), '"')))
            .Or(Token.EqualTo(CqlToken.Identifier).Where(t => !Reserved.Contains(t.ToStringValue()), "a property name")
                .Select(t => (CqlNode)new CqlProperty(t.ToStringValue())));

    private static TokenListParser<CqlToken, T> Call<T>(string name, TokenListParser<CqlToken, T> inside) =>
        Keyword(name).IgnoreThen(Open).IgnoreThen(inside).Then(v => Close.Value(v)).Try();

    private static readonly TokenListParser<CqlToken, CqlNode> DateLiteral =
        Call("DATE", StringText).Select(s => (CqlNode)new CqlDate(CqlTime.ParseDate(s)));

    private static readonly TokenListParser<CqlToken, CqlNode> TimestampLiteral =
        Call("TIMESTAMP", StringText).Select(s => (CqlNode)new CqlTimestamp(CqlTime.ParseTimestamp(s)));

    // An interval's ends: '..' (open), a date or timestamp in quotes, DATE(…), TIMESTAMP(…) or a property.
    private static readonly TokenListParser<CqlToken, CqlNode> IntervalEnd =
        DateLiteral.Or(TimestampLiteral)
            .Or(StringText.Select(s => s == ".." ? new CqlOpenEnd() : (CqlNode)new CqlLiteral(s)))
            .Or(PropertyName);

    private static readonly TokenListParser<CqlToken, CqlNode> IntervalLiteral =
        Call("INTERVAL", IntervalEnd.Then(start => Comma.IgnoreThen(IntervalEnd).Select(end => (CqlNode)new CqlInterval(start, end))));

    private static readonly TokenListParser<CqlToken, CqlNode> BboxLiteral =
        Call("BBOX", NumberValue.AtLeastOnceDelimitedBy(Comma)).Select(n => (CqlNode)new CqlGeometry(CqlGeometries.Bbox(n)));

    private static readonly TokenListParser<CqlToken, CqlNode> Scalar = SuperParse.Ref(() => ScalarExpression!);

    private static readonly TokenListParser<CqlToken, CqlNode> FunctionCall =
        (from name in Token.EqualTo(CqlToken.Identifier).Where(t => !Reserved.Contains(t.ToStringValue()), "a function name")
         from open in Open
         from args in Scalar.ManyDelimitedBy(Comma)
         from close in Close
         select (CqlNode)new CqlFunction(name.ToStringValue().ToUpperInvariant(), args)).Try();

    private static readonly TokenListParser<CqlToken, CqlNode> ScalarExpression =
        SuperParse.Ref<CqlToken, CqlNode>(() => WktLiteral)
            .Or(DateLiteral).Or(TimestampLiteral).Or(IntervalLiteral).Or(BboxLiteral)
            .Or(FunctionCall).Or(Literal).Or(PropertyName);

    private static readonly TokenListParser<CqlToken, string> ComparisonOperator =
        Token.EqualTo(CqlToken.Comparison).Select(t => t.ToStringValue());

    // What may follow a scalar to make a predicate, as a function of that scalar.
    private static readonly TokenListParser<CqlToken, Func<CqlNode, CqlNode>> Negatable =
        Keyword("LIKE").IgnoreThen(Scalar).Select(p => (Func<CqlNode, CqlNode>)(v => new CqlLike(v, p)))
            .Or(from between in Keyword("BETWEEN")
                from low in Scalar
                from and in Keyword("AND")
                from high in Scalar
                select (Func<CqlNode, CqlNode>)(v => new CqlBetween(v, low, high)))
            .Or(from @in in Keyword("IN")
                from open in Open
                from list in Scalar.AtLeastOnceDelimitedBy(Comma)
                from close in Close
                select (Func<CqlNode, CqlNode>)(v => new CqlIn(v, list)));

    private static readonly TokenListParser<CqlToken, Func<CqlNode, CqlNode>> PredicateTail =
        ComparisonOperator.Then(op => Scalar.Select(right => (Func<CqlNode, CqlNode>)(left => new CqlComparison(op, left, right))))
            .Or(from @is in Keyword("IS")
                from not in Keyword("NOT").Value(true).OptionalOrDefault(false)
                from @null in Keyword("NULL")
                select (Func<CqlNode, CqlNode>)(v => not ? new CqlNot(new CqlIsNull(v)) : new CqlIsNull(v)))
            .Or(from not in Keyword("NOT").Value(true).OptionalOrDefault(false)
                from build in Negatable
                select not ? (Func<CqlNode, CqlNode>)(v => new CqlNot(build(v))) : build);

    // A scalar alone (a function such as S_INTERSECTS(…), or TRUE) is a predicate if the translator says so.
    private static readonly TokenListParser<CqlToken, CqlNode> Predicate =
        from left in Scalar
        from tail in PredicateTail.Select(t => (Func<CqlNode, CqlNode>?)t).OptionalOrDefault()
        select tail is null ? left : tail(left);

    private static readonly TokenListParser<CqlToken, CqlNode> Expression = SuperParse.Ref(() => OrExpression!);

    private static readonly TokenListParser<CqlToken, CqlNode> Primary =
        Open.IgnoreThen(Expression).Then(e => Close.Value(e)).Or(Predicate);

    private static readonly TokenListParser<CqlToken, CqlNode> Factor = SuperParse.Ref(() =>
        Keyword("NOT").IgnoreThen(FactorRef!).Select(n => (CqlNode)new CqlNot(n)).Or(Primary));

    private static readonly TokenListParser<CqlToken, CqlNode> FactorRef = SuperParse.Ref(() => Factor);

    private static readonly TokenListParser<CqlToken, CqlNode> AndExpression =
        Factor.AtLeastOnceDelimitedBy(Keyword("AND")).Select(f => f.Length == 1 ? f[0] : new CqlAnd(f));

    private static readonly TokenListParser<CqlToken, CqlNode> OrExpression =
        AndExpression.AtLeastOnceDelimitedBy(Keyword("OR")).Select(t => t.Length == 1 ? t[0] : new CqlOr(t));

    private static readonly TokenListParser<CqlToken, CqlNode> Filter = Expression.AtEnd();

    /// <summary>
    /// A WKT literal: its keyword and balanced parentheses, handed as text to NetTopologySuite's reader,
    /// which knows WKT (Z, M, EMPTY) better than a second grammar here would.
    /// </summary>
    private static TokenListParserResult<CqlToken, CqlNode> WktLiteral(TokenList<CqlToken> input)
    {
        var first = input.ConsumeToken();
        if (!first.HasValue || first.Value.Kind != CqlToken.Identifier || !WktTypes.Contains(first.Value.ToStringValue()))
        {
            return TokenListParserResult.Empty<CqlToken, CqlNode>(input, "a WKT geometry");
        }

        var rest = first.Remainder;
        var last = first.Value;
        var depth = 0;
        do
        {
            var next = rest.ConsumeToken();
            if (!next.HasValue)
            {
                throw new CqlException($"The {first.Value.ToStringValue().ToUpperInvariant()} literal is not closed.");
            }

            depth += next.Value.Kind switch { CqlToken.LParen => 1, CqlToken.RParen => -1, _ => 0 };
            last = next.Value;
            rest = next.Remainder;
        }
        while (depth > 0);

        var start = first.Value.Span.Position.Absolute;
        var wkt = first.Value.Span.Source![start..(last.Span.Position.Absolute + last.Span.Length)];
        return TokenListParserResult.Value<CqlToken, CqlNode>(new CqlGeometry(CqlGeometries.FromWkt(wkt)), input, rest);
    }

    private static string Unquote(string quoted, char quote) =>
        quoted[1..^1].Replace(new string(quote, 2), quote.ToString(), StringComparison.Ordinal);
}
