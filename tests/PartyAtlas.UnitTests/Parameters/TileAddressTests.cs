using PartyAtlas.Core.Parameters;

namespace PartyAtlas.UnitTests.Parameters;

public sealed class TileAddressTests
{
    [Theory]
    [InlineData("0/0/0", 0, 0, 0)]
    [InlineData("3/7/7", 3, 7, 7)]
    [InlineData("24/16777215/16777215", 24, 16777215, 16777215)]
    public void A_tile_inside_its_zooms_grid_parses(string text, int z, int x, int y)
    {
        Assert.Equal(new TileAddress(z, x, y), Parsed.Valid<TileAddress>(text));
        Assert.Equal(text, Parsed.Valid<TileAddress>(text).ToString());
    }

    [Theory]
    [InlineData("0/1/0", "'1' is not a tile column at zoom 0 (0–0).")]
    [InlineData("0/0/1", "'1' is not a tile row at zoom 0 (0–0).")]
    [InlineData("3/8/0", "'8' is not a tile column at zoom 3 (0–7).")]
    [InlineData("3/0/8", "'8' is not a tile row at zoom 3 (0–7).")]
    [InlineData("24/16777216/0", "'16777216' is not a tile column at zoom 24 (0–16777215).")]
    [InlineData("25/0/0", "'25' is not a zoom level from 0 to 24.")]
    [InlineData("-1/0/0", "'-1' is not a zoom level from 0 to 24.")]
    [InlineData("3/-1/0", "'-1' is not a tile column at zoom 3 (0–7).")]
    [InlineData("3/x/0", "'x' is not a tile column at zoom 3 (0–7).")]
    [InlineData("1/2/3/4", "'1/2/3/4' is not z/x/y.")]
    [InlineData("1/2", "'1/2' is not z/x/y.")]
    public void A_tile_outside_the_grid_of_its_zoom_is_refused(string text, string error) =>
        Assert.Equal(error, Parsed.Invalid<TileAddress>(text));

    [Theory]
    [InlineData("9", "0", "0", "z", "'9' is not a zoom level from 0 to 8.")]
    [InlineData("2", "4", "0", "x", "'4' is not a tile column at zoom 2 (0–3).")]
    [InlineData("2", "3", "4", "y", "'4' is not a tile row at zoom 2 (0–3).")]
    public void A_layers_narrower_zoom_range_is_enforced_and_the_failing_part_named(string z, string x, string y, string part, string error)
    {
        Assert.False(TileAddress.TryCreate(z, x, y, 0, 8, out _, out var failed, out var message));
        Assert.Equal(part, failed);
        Assert.Equal(error, message);
    }

    [Fact]
    public void A_zoom_below_a_layers_minimum_is_refused() =>
        Assert.False(TileAddress.TryCreate("1", "0", "0", 2, 8, out _, out _, out _));

    [Fact]
    public void The_tile_form_names_the_maximum_zoom() =>
        Assert.Equal("z/x/y with z from 0 to 24 and x, y from 0 to 2^z − 1", TileAddress.Form);
}
