using NetTopologySuite.Geometries;
using PartyAtlas.Core.Ogc;
using PartyAtlas.Core.Ogc.Filtering;

namespace PartyAtlas.UnitTests.Ogc;

/// <summary>CQL2 text and JSON read into one tree, and that tree translated to SQL with every value bound.</summary>
public sealed class CqlParsingTests
{
    private static readonly FeatureCollectionDefinition Participations = FeatureCollections.Find("participations")!;
    private static readonly FeatureCollectionDefinition Countries = FeatureCollections.Find("countries")!;

    [Fact]
    public void Text_and_json_encodings_of_the_same_filter_give_the_same_tree()
    {
        var text = CqlTextParser.Parse("evidence_type = 'spoke' AND year >= 2021 OR NOT (iso3 IN ('RUS', 'ZAF'))");
        var json = CqlJsonParser.Parse("""
            {"op": "or", "args": [
              {"op": "and", "args": [{"op": "=", "args": [{"property": "evidence_type"}, "spoke"]}, {"op": ">=", "args": [{"property": "year"}, 2021]}]},
              {"op": "not", "args": [{"op": "in", "args": [{"property": "iso3"}, ["RUS", "ZAF"]]}]}]}
            """);

        Assert.Equal(Show(text), Show(json));
        Assert.Equal("OR(AND(=(evidence_type,'spoke'),>=(year,2021)),NOT(IN(iso3,'RUS','ZAF')))", Show(text));
    }

    [Theory]
    [InlineData("a=1 and b<>2 or c<=3", "OR(AND(=(a,1),<>(b,2)),<=(c,3))")]
    [InlineData("a = 1 AND (b = 2 OR c = 3)", "AND(=(a,1),OR(=(b,2),=(c,3)))")]
    [InlineData("NOT a = 1", "NOT(=(a,1))")]
    [InlineData("name NOT LIKE 'M%'", "NOT(LIKE(name,'M%'))")]
    [InlineData("year NOT BETWEEN 2015 AND 2020 AND x = 1", "AND(NOT(BETWEEN(year,2015,2020)),=(x,1))")]
    [InlineData("person IS NOT NULL", "NOT(ISNULL(person))")]
    [InlineData("\"name_en\" = 'it''s'", "=(name_en,'it's')")]
    [InlineData("S_INTERSECTS(geometry, BBOX(100, 0, 120, 20))", "S_INTERSECTS(geometry,POLYGON)")]
    [InlineData("s_within(geometry, POLYGON((0 0, 60 0, 60 60, 0 60, 0 0)))", "S_WITHIN(geometry,POLYGON)")]
    [InlineData("T_DURING(INTERVAL(start_date, end_date), INTERVAL('2021-01-01', '..'))", "T_DURING(INTERVAL(start_date,end_date),INTERVAL('2021-01-01',..))")]
    [InlineData("start_date >= DATE('2021-01-01')", ">=(start_date,2021-01-01)")]
    [InlineData("TRUE", "TRUE")]
    public void Cql2_text_parses_with_the_standard_precedence(string text, string tree) =>
        Assert.Equal(tree, Show(CqlTextParser.Parse(text)));

    [Theory]
    [InlineData("year = ")]
    [InlineData("year = 1; DROP TABLE participations")]
    [InlineData("year == 1")]
    [InlineData("'unclosed = 1")]
    [InlineData("(year = 1")]
    [InlineData("S_INTERSECTS(geometry, POLYGON((0 0, 1 1)))")]
    [InlineData("S_INTERSECTS(geometry, POINT(200 0))")]
    [InlineData("start_date = DATE('2021-13-01')")]
    [InlineData("BBOX(1,2,3)")]
    public void Malformed_text_is_a_CqlException(string text) =>
        Assert.Throws<CqlException>(() => CqlSql.Translate(CqlTextParser.Parse(text), Countries));

    [Fact]
    public void Nesting_beyond_the_limit_is_refused_before_the_grammar_recurses()
    {
        var deep = new string('(', 500) + "year = 1" + new string(')', 500);
        Assert.Contains("nests deeper", Assert.Throws<CqlException>(() => CqlTextParser.Parse(deep)).Message);
        var nots = string.Concat(Enumerable.Repeat("NOT ", 500)) + "year = 1";
        Assert.Contains("nests deeper", Assert.Throws<CqlException>(() => CqlTextParser.Parse(nots)).Message);
        var json = string.Concat(Enumerable.Repeat("{\"op\":\"not\",\"args\":[", 500)) + "true" + new string(']', 500).Replace("]", "]}");
        Assert.Throws<CqlException>(() => CqlJsonParser.Parse(json));
    }

    [Fact]
    public void Every_value_is_a_parameter_and_no_filter_text_reaches_the_sql()
    {
        const string payload = "x'); DROP TABLE participations; --";
        var filter = CqlFilter.Compile($"party = '{payload.Replace("'", "''", StringComparison.Ordinal)}' AND year IN (2017, 2021) AND note IS NULL", "cql2-text",
            Participations with { });

        Assert.DoesNotContain("DROP", filter.Sql, StringComparison.Ordinal);
        Assert.DoesNotContain("2017", filter.Sql, StringComparison.Ordinal);
        Assert.Equal(payload, filter.Parameters[0].Value);
        Assert.Equal([payload, 2017m, 2021m], filter.Parameters.Select(p => p.Value));
        Assert.Matches(@"^\(\(\(f\.properties->>'party'\)::text = @cql0::text\) AND \(f\.""year"" IN \(@cql1::numeric, @cql2::numeric\)\) AND ", filter.Sql);
    }

    [Theory]
    [InlineData("\"year; DROP TABLE x\" = 1", "is not a queryable")]
    [InlineData("nope = 1", "'nope' is not a queryable of 'participations'")]
    [InlineData("year = 'x'", "Cannot compare")]
    [InlineData("confirmed = 2", "Cannot compare")]
    [InlineData("year LIKE '2%'", "LIKE needs text")]
    [InlineData("party LIKE party", "LIKE takes a quoted pattern")]
    [InlineData("party BETWEEN 'a' AND 'b'", "BETWEEN compares numbers")]
    [InlineData("FOO(year) = 1", "The function 'FOO' is not supported")]
    [InlineData("S_INTERSECTS(year, BBOX(0,0,1,1))", "S_INTERSECTS compares geometries")]
    [InlineData("T_AFTER(year, DATE('2021-01-01'))", "T_AFTER compares dates")]
    [InlineData("geometry = 1", "is a geometry")]
    [InlineData("confirmed", "alone is not a condition")]
    [InlineData("start_date > 'soon'", "is not a date")]
    [InlineData("S_INTERSECTS(geometry)", "takes 2 arguments")]
    public void Faults_name_what_is_wrong(string text, string message) =>
        Assert.Contains(message, Assert.Throws<CqlException>(() => CqlFilter.Compile(text, "cql2-text", Participations)).Message);

    [Fact]
    public void A_quoted_date_beside_a_date_property_is_read_as_a_date_as_GDAL_writes_it()
    {
        var filter = CqlFilter.Compile("start_date >= '2021-01-01'", "cql-text", Participations);
        Assert.Equal(new DateOnly(2021, 1, 1), filter.Parameters.Single().Value);
    }

    [Fact]
    public void Timestamps_and_dates_compare_as_instants_in_UTC_with_a_date_ending_at_its_last_moment()
    {
        var filter = CqlFilter.Compile("T_BEFORE(INTERVAL(start_date, end_date), TIMESTAMP('2021-07-06T12:00:00+02:00'))", "cql2-text", Participations);
        Assert.Equal(new DateTime(2021, 7, 6, 10, 0, 0, DateTimeKind.Utc), filter.Parameters.Single().Value);
        Assert.Contains("(f.\"end_date\" + 1)::timestamp AT TIME ZONE 'UTC' - interval '1 microsecond'", filter.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Geometry_literals_are_bound_as_geometries_in_CRS84()
    {
        var filter = CqlFilter.Compile("""{"op": "s_intersects", "args": [{"property": "geometry"}, {"type": "Point", "coordinates": [37.6, 55.75]}]}""", "cql2-json", Countries);
        var point = Assert.IsType<Point>(filter.Parameters.Single().Value);
        Assert.Equal((37.6, 55.75, 4326), (point.X, point.Y, point.SRID));
        Assert.Equal("ST_Intersects(f.geom, @cql0::geometry)", filter.Sql);
    }

    private static string Show(CqlNode node) => node switch
    {
        CqlAnd a => $"AND({string.Join(',', a.Args.Select(Show))})",
        CqlOr o => $"OR({string.Join(',', o.Args.Select(Show))})",
        CqlNot n => $"NOT({Show(n.Arg)})",
        CqlComparison c => $"{c.Op}({Show(c.Left)},{Show(c.Right)})",
        CqlLike l => $"LIKE({Show(l.Value)},{Show(l.Pattern)})",
        CqlBetween b => $"BETWEEN({Show(b.Value)},{Show(b.Low)},{Show(b.High)})",
        CqlIn i => $"IN({Show(i.Value)},{string.Join(',', i.List.Select(Show))})",
        CqlIsNull n => $"ISNULL({Show(n.Value)})",
        CqlFunction f => $"{f.Name}({string.Join(',', f.Args.Select(Show))})",
        CqlProperty p => p.Name,
        CqlLiteral { Value: string s } => $"'{s}'",
        CqlLiteral { Value: bool b } => b ? "TRUE" : "FALSE",
        CqlLiteral l => Convert.ToString(l.Value, System.Globalization.CultureInfo.InvariantCulture)!,
        CqlDate d => d.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        CqlInterval i => $"INTERVAL({Show(i.Start)},{Show(i.End)})",
        CqlOpenEnd => "..",
        CqlGeometry g => g.Value.GeometryType.ToUpperInvariant(),
        _ => node.GetType().Name,
    };
}
