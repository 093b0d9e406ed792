using PartyAtlas.Core.Parameters;

namespace PartyAtlas.UnitTests.Parameters;

public sealed class WholeNumberTests
{
    [Theory]
    [InlineData("1900", 1900)]
    [InlineData("2021", 2021)]
    [InlineData("2100", 2100)]
    [InlineData("+2021", 2021)]
    public void A_year_from_1900_to_2100_parses(string text, int expected) =>
        Assert.Equal(new Year(expected), Parsed.Valid<Year>(text));

    [Theory]
    [InlineData("1899", "1899 is outside 1900–2100.")]
    [InlineData("2101", "2101 is outside 1900–2100.")]
    [InlineData("twenty", "'twenty' is not a whole number.")]
    [InlineData("2021.5", "'2021.5' is not a whole number.")]
    [InlineData(" 2021", "' 2021' is not a whole number.")]
    [InlineData("", "'' is not a whole number.")]
    public void A_year_outside_the_range_or_not_a_whole_number_is_refused_saying_which(string text, string error) =>
        Assert.Equal(error, Parsed.Invalid<Year>(text));

    [Theory]
    [InlineData("0")]
    [InlineData("12")]
    [InlineData("24")]
    public void A_zoom_from_0_to_24_parses_and_prints_back_the_same(string text) =>
        Assert.Equal(text, Parsed.Valid<Zoom>(text).ToString());

    [Theory]
    [InlineData("-1", "-1 is outside 0–24.")]
    [InlineData("25", "25 is outside 0–24.")]
    [InlineData("z3", "'z3' is not a whole number.")]
    public void A_zoom_outside_0_to_24_is_refused(string text, string error) =>
        Assert.Equal(error, Parsed.Invalid<Zoom>(text));

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("15")]
    public void A_precision_from_0_to_15_parses_and_prints_back_the_same(string text) =>
        Assert.Equal(text, Parsed.Valid<Precision>(text).ToString());

    [Theory]
    [InlineData("16", "16 is outside 0–15.")]
    [InlineData("-3", "-3 is outside 0–15.")]
    [InlineData("six", "'six' is not a whole number.")]
    public void A_precision_outside_0_to_15_is_refused(string text, string error) =>
        Assert.Equal(error, Parsed.Invalid<Precision>(text));

    [Fact]
    public void Whole_number_values_describe_their_range_and_are_integers_in_the_schema()
    {
        Assert.Equal("a whole number from 1900 to 2100", Year.Form);
        Assert.Equal("a whole number from 0 to 24", Zoom.Form);
        Assert.Equal("a whole number from 0 to 15", Precision.Form);
        Assert.Equal("integer:int32", Year.SchemaType);
        Assert.Equal("integer:int32", Zoom.SchemaType);
        Assert.Equal("integer:int32", Precision.SchemaType);
    }

    [Fact]
    public void A_year_prints_as_its_number() => Assert.Equal("2017", new Year(2017).ToString());

    [Fact]
    public void Parse_throws_a_format_exception_carrying_the_reason_and_the_accepted_form()
    {
        var e = Assert.Throws<FormatException>(() => Year.Parse("1800", null));
        Assert.Equal("1800 is outside 1900–2100. Expected a whole number from 1900 to 2100.", e.Message);
    }

    [Fact]
    public void Model_binding_try_parse_refuses_null_and_bad_text_and_accepts_good_text()
    {
        Assert.False(Year.TryParse(null, null, out _));
        Assert.False(Year.TryParse("abc", null, out _));
        Assert.True(Year.TryParse("2014", null, out var year));
        Assert.Equal(2014, year.Value);
    }

    [Fact]
    public void Default_geometry_detail_is_zoom_6_and_6_decimals()
    {
        Assert.Equal(new GeometryDetail(new Zoom(6), new Precision(6)), GeometryDetail.Of(null, null));
        Assert.Equal(new GeometryDetail(new Zoom(2), new Precision(6)), GeometryDetail.Of(new Zoom(2), null));
    }
}
