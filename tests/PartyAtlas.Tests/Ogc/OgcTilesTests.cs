using System.Net;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Ogc;

/// <summary>OGC API – Tiles: the tile matrix set, tilesets, and the same tiles as /tiles in OGC row/column order.</summary>
public sealed class OgcTilesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task WebMercatorQuad_is_defined_with_the_standard_scales()
    {
        var sets = await api.Client.GetJsonAsync("/ogc/tileMatrixSets");
        var quad = await api.Client.GetJsonAsync("/ogc/tileMatrixSets/WebMercatorQuad");
        var z2 = quad.GetProperty("tileMatrices")[2];

        Assert.Equal("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad", sets.GetProperty("tileMatrixSets")[0].Str("uri"));
        Assert.Equal("http://www.opengis.net/def/crs/EPSG/0/3857", quad.Str("crs"));
        Assert.Equal(4, z2.GetProperty("matrixWidth").GetInt64());
        Assert.Equal(559082264.0287178 / 4, z2.GetProperty("scaleDenominator").GetDouble(), 3);
        Assert.Equal("topLeft", z2.Str("cornerOfOrigin"));
    }

    [Fact]
    public async Task A_tiled_collection_links_its_tileset_with_a_templated_tile_link()
    {
        var collection = await api.Client.GetJsonAsync("/ogc/collections/reach");
        var tilesets = await api.Client.GetJsonAsync("/ogc/collections/reach/tiles");
        var tileset = await api.Client.GetJsonAsync("/ogc/collections/reach/tiles/WebMercatorQuad");

        Assert.Contains(collection.GetProperty("links").EnumerateArray(), l => l.Str("rel") == "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector");
        Assert.Equal("vector", tilesets.GetProperty("tilesets")[0].Str("data_type") ?? tilesets.GetProperty("tilesets")[0].Str("dataType"));
        var item = tileset.GetProperty("links").EnumerateArray().Single(l => l.Str("rel") == "item");
        Assert.True(item.GetProperty("templated").GetBoolean());
        Assert.EndsWith("/ogc/collections/reach/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}?year={year}", item.Str("href").Unversioned(), StringComparison.Ordinal);
        Assert.Equal("reach", tileset.GetProperty("layers")[0].Str("id"));
    }

    [Theory]
    [InlineData("countries", "countries", "", 4, 2)]
    [InlineData("reach", "reach", "?year=2021", 4, 2)]
    [InlineData("dialogues", "dialogues", "", 6, 3)]
    public async Task An_ogc_tile_is_the_same_mvt_as_the_tiles_route_with_row_before_column(string collection, string layer, string query, int column, int row)
    {
        // z3: column 4, row 2 is Europe; column 6, row 3 holds Beijing. /tiles takes z/x/y, OGC tileMatrix/tileRow/tileCol.
        using var ogc = await api.Client.GetAsync($"/ogc/collections/{collection}/tiles/WebMercatorQuad/3/{row}/{column}{query}");
        var direct = await api.Client.GetByteArrayAsync($"/tiles/{layer}/3/{column}/{row}.mvt{query}");

        Assert.Equal(HttpStatusCode.OK, ogc.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", ogc.Content.Headers.ContentType?.MediaType);
        Assert.Equal(direct, await ogc.Content.ReadAsByteArrayAsync());
        Assert.NotEmpty(direct);
    }

    [Theory]
    [InlineData("/ogc/collections/participations/tiles", HttpStatusCode.NotFound)]
    [InlineData("/ogc/collections/participations/tiles/WebMercatorQuad/0/0/0", HttpStatusCode.NotFound)]
    [InlineData("/ogc/collections/reach/tiles/WebMercatorQuad/0/0/0", HttpStatusCode.BadRequest)]
    [InlineData("/ogc/collections/countries/tiles/WebMercatorQuad/2/4/0", HttpStatusCode.BadRequest)]
    [InlineData("/ogc/collections/countries/tiles/WebMercatorQuad/2/0/0?year=2021", HttpStatusCode.BadRequest)]
    public async Task Untiled_collections_bad_addresses_and_foreign_filters_are_problems(string url, HttpStatusCode status) =>
        await api.Client.GetProblemAsync(url, status);
}
