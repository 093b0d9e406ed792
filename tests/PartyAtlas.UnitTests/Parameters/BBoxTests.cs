using PartyAtlas.Core.Parameters;

namespace PartyAtlas.UnitTests.Parameters;

public sealed class BBoxTests
{
    [Fact]
    public void Four_numbers_are_min_lon_min_lat_max_lon_max_lat()
    {
        var box = Parsed.Valid<BBox>("-10.5,20,30,40.25");
        Assert.Equal(new BBox(-10.5, 20, 30, 40.25), box);
        Assert.False(box.CrossesAntimeridian);
    }

    [Fact]
    public void A_bbox_whose_west_edge_is_east_of_its_east_edge_crosses_the_antimeridian()
    {
        var box = Parsed.Valid<BBox>("170,-20,-170,10");
        Assert.True(box.CrossesAntimeridian);
        Assert.Equal(170, box.MinLon);
        Assert.Equal(-170, box.MaxLon);
    }

    [Fact]
    public void The_whole_world_is_a_valid_box_that_does_not_cross_the_antimeridian() =>
        Assert.False(Parsed.Valid<BBox>("-180,-90,180,90").CrossesAntimeridian);

    [Theory]
    [InlineData("1,2,3,4,5,6", "3D boxes (6 numbers) are not supported")]
    [InlineData("1,2,3", "expected 4 comma-separated numbers (minLon,minLat,maxLon,maxLat); got 3.")]
    [InlineData("1,2,3,4,5", "got 5.")]
    [InlineData("a,2,3,4", "every part must be a finite number.")]
    [InlineData("NaN,2,3,4", "every part must be a finite number.")]
    [InlineData("1,2,Infinity,4", "every part must be a finite number.")]
    [InlineData("181,0,10,10", "longitudes must be from -180 to 180.")]
    [InlineData("0,0,-180.5,10", "longitudes must be from -180 to 180.")]
    [InlineData("0,-91,10,10", "latitudes must be from -90 to 90.")]
    [InlineData("0,0,10,90.1", "latitudes must be from -90 to 90.")]
    [InlineData("0,40,10,20", "minLat is greater than maxLat.")]
    public void A_bad_bbox_is_refused_quoting_it_and_naming_the_problem(string text, string problem)
    {
        var error = Parsed.Invalid<BBox>(text);
        Assert.StartsWith($"'{text}': ", error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-10.5,20,30,40.25")]
    [InlineData("170,-20,-170,10")]
    [InlineData("0.1,0.2,0.30000000000000004,1")]
    public void A_bbox_prints_back_as_the_same_numbers(string text) =>
        Assert.Equal(text, Parsed.Valid<BBox>(text).ToString());

    [Fact]
    public void The_bbox_form_mentions_the_antimeridian_and_is_a_string_in_the_schema()
    {
        Assert.Contains("antimeridian", BBox.Form, StringComparison.Ordinal);
        Assert.Equal("string", BBox.SchemaType);
    }
}
