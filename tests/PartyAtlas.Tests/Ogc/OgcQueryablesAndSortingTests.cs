using System.Net;
using System.Text.Json;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Ogc;

/// <summary>Part 3 queryables, and sortby over them with stable paging.</summary>
public sealed class OgcQueryablesAndSortingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Each_collection_publishes_its_queryables_as_json_schema_and_links_them()
    {
        var schema = await api.Client.GetJsonAsync("/ogc/collections/participations/queryables", "application/schema+json");
        var collection = await api.Client.GetJsonAsync("/ogc/collections/participations");
        var conformance = await api.Client.GetJsonAsync("/ogc/conformance");

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.Str("$schema"));
        Assert.EndsWith("/ogc/collections/participations/queryables", schema.Str("$id"), StringComparison.Ordinal);
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        var properties = schema.GetProperty("properties");
        Assert.Equal("integer", properties.GetProperty("year").Str("type"));
        Assert.Equal("boolean", properties.GetProperty("confirmed").Str("type"));
        Assert.Contains("spoke", properties.GetProperty("evidence_type").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("primary-geometry", properties.GetProperty("geometry").Str("x-ogc-role"));
        Assert.Contains(collection.GetProperty("links").EnumerateArray(), l => l.Str("rel") == "http://www.opengis.net/def/rel/ogc/1.0/queryables");
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
            conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()));
        await api.Client.GetProblemAsync("/ogc/collections/nowhere/queryables", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sortby_orders_by_queryables_descending_with_minus_and_ties_keep_the_id_order()
    {
        var page = await api.Client.GetJsonAsync("/ogc/collections/participations/items?limit=1000&sortby=-year,%2Biso3", "application/geo+json");
        var rows = page.GetProperty("features").EnumerateArray()
            .Select(f => (Year: f.GetProperty("properties").GetProperty("year").GetInt32(), Iso3: f.GetProperty("properties").Str("iso3")!, Id: f.Str("id")!))
            .ToList();

        Assert.True(rows.Count > 100);
        var expected = rows.OrderByDescending(r => r.Year).ThenBy(r => r.Iso3, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Pages_under_a_sortby_are_disjoint_and_together_are_the_whole_collection()
    {
        var all = new List<string>();
        for (var offset = 0; offset < 400; offset += 37)
        {
            var page = await api.Client.GetJsonAsync($"/ogc/collections/participations/items?limit=37&offset={offset}&sortby=evidence_type", "application/geo+json");
            all.AddRange(page.GetProperty("features").EnumerateArray().Select(f => f.Str("id")!));
        }

        var whole = await api.Client.GetJsonAsync("/ogc/collections/participations/items?limit=1000", "application/geo+json");

        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(whole.GetProperty("features").EnumerateArray().Select(f => f.Str("id")!).Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("name_en")]
    [InlineData("year;DROP TABLE countries")]
    [InlineData("-year,-year")]
    [InlineData("year,iso3,evidence_type,dialogue")]
    public async Task A_sortby_outside_the_queryables_is_a_400_naming_sortby(string sortby)
    {
        var problem = await api.Client.GetProblemAsync($"/ogc/collections/participations/items?sortby={Uri.EscapeDataString(sortby)}", HttpStatusCode.BadRequest);

        Assert.Equal("sortby", problem.Str("parameter"));
    }

    [Theory]
    [InlineData("countries")]
    [InlineData("participations")]
    [InlineData("reach")]
    [InlineData("dialogues")]
    [InlineData("parties")]
    public async Task The_declared_properties_of_a_collection_are_exactly_its_features_members(string collection)
    {
        var page = await api.Client.GetJsonAsync($"/ogc/collections/{collection}/items?limit=1", "application/geo+json");
        var declared = PartyAtlas.Core.Ogc.FeatureCollections.Find(collection)!.Properties;

        Assert.Equal(declared, page.GetProperty("features")[0].GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Properties_keeps_only_the_members_asked_for_and_refuses_unknown_ones()
    {
        var page = await api.Client.GetJsonAsync("/ogc/collections/participations/items?limit=5&properties=year,iso3", "application/geo+json");
        var problem = await api.Client.GetProblemAsync("/ogc/collections/participations/items?properties=year,password", HttpStatusCode.BadRequest);

        Assert.All(page.GetProperty("features").EnumerateArray(), f =>
            Assert.Equal(["iso3", "year"], f.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.Equal("properties", problem.Str("parameter"));
        Assert.Contains("password", problem.Str("detail")!, StringComparison.Ordinal);
    }
}
