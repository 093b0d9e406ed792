using PartyAtlas.Core.Parameters;

namespace PartyAtlas.UnitTests.Parameters;

public sealed class YearRangeTests
{
    [Fact]
    public void Two_years_joined_by_a_hyphen_are_a_range_including_both()
    {
        var range = Parsed.Valid<YearRange>("2014-2017");
        Assert.Equal(new YearRange(new Year(2014), new Year(2017)), range);
        Assert.Equal([2014, 2015, 2016, 2017], range.Years.Select(y => y.Value));
    }

    [Fact]
    public void One_year_is_a_range_of_that_year_alone()
    {
        var range = Parsed.Valid<YearRange>("2021");
        Assert.Equal(range.From, range.To);
        Assert.Equal([2021], range.Years.Select(y => y.Value));
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused() =>
        Assert.Equal("the range '2025-2014' ends before it starts.", Parsed.Invalid<YearRange>("2025-2014"));

    [Fact]
    public void The_same_year_twice_is_a_range_of_one_year() =>
        Assert.Equal("2020", Parsed.Valid<YearRange>("2020-2020").ToString());

    [Theory]
    [InlineData("2014-2017-2020", "'2014-2017-2020' is not a year or a range of years.")]
    [InlineData("2014-1800", "1800 is outside 1900–2100.")]
    [InlineData("1800-2014", "1800 is outside 1900–2100.")]
    [InlineData("2014-", "'' is not a whole number.")]
    [InlineData("2014..2017", "'2014..2017' is not a whole number.")]
    public void A_malformed_range_is_refused_naming_the_bad_part(string text, string error) =>
        Assert.Equal(error, Parsed.Invalid<YearRange>(text));

    [Theory]
    [InlineData("2014-2025")]
    [InlineData("1999")]
    public void A_range_prints_back_as_it_was_given(string text) =>
        Assert.Equal(text, Parsed.Valid<YearRange>(text).ToString());

    [Fact]
    public void The_range_form_gives_an_example() => Assert.Contains("2014-2025", YearRange.Form, StringComparison.Ordinal);
}
