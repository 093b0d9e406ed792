using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Tiles;

namespace PartyAtlas.UnitTests.Tiles;

public sealed class TileFilterValuesTests
{
    private static TileLayer Layer(string id) => TileLayers.All.Single(l => l.Id == id);

    private static readonly TileFilterValues Everything = new(
        new Year(2021), SeriesSet.Parse("global,regional", null), EvidenceSet.Parse("all", null), DialogueId.Parse("summit-2021", null));

    [Fact]
    public void A_layer_without_filters_carries_no_query() => Assert.Equal("", Everything.QueryFor(Layer("countries")));

    [Fact]
    public void The_reach_layer_carries_year_series_and_evidence_but_not_the_dialogue() =>
        Assert.Equal("?year=2021&series=global%2Cregional&evidence=all", Everything.QueryFor(Layer("reach")));

    [Fact]
    public void The_scopes_layer_carries_year_and_dialogue() =>
        Assert.Equal("?year=2021&dialogue=summit-2021", Everything.QueryFor(Layer("scopes")));

    [Fact]
    public void Filters_not_given_are_left_out_of_the_query()
    {
        var yearOnly = new TileFilterValues(new Year(2017), null, null, null);
        Assert.Equal("?year=2017", yearOnly.QueryFor(Layer("reach")));
        Assert.Equal("", new TileFilterValues(null, null, null, null).QueryFor(Layer("dialogues")));
    }

    [Fact]
    public void An_evidence_list_is_carried_on_as_given_and_escaped() =>
        Assert.Equal("?evidence=spoke%2Cattended",
            new TileFilterValues(null, null, EvidenceSet.Parse("spoke,attended", null), null).QueryFor(Layer("reach")));

    [Fact]
    public void A_layer_binds_its_own_filters_by_name()
    {
        var (values, problem) = Everything.For(Layer("reach"), new QueryCollection());
        Assert.Null(problem);
        Assert.Equal(["year", "series", "evidence"], values.Keys);
        Assert.Equal(2021, values["year"]);
        Assert.Equal(new[] { "global", "regional" }, values["series"]);
    }

    [Fact]
    public void A_filter_the_layer_does_not_take_is_a_problem_naming_it()
    {
        var (_, problem) = Everything.For(Layer("countries"), new QueryCollection(new Dictionary<string, StringValues> { ["year"] = "2021" }));
        Assert.NotNull(problem);
        Assert.Equal("year", problem.ProblemDetails.Extensions["parameter"]);
        Assert.Equal("Unknown query parameter 'year'. This route accepts: none.", problem.ProblemDetails.Detail);
    }

    [Fact]
    public void The_reach_layer_requires_a_year()
    {
        var (_, problem) = new TileFilterValues(null, null, null, null).For(Layer("reach"), new QueryCollection());
        Assert.NotNull(problem);
        Assert.Equal("year is required for layer 'reach'.", problem.ProblemDetails.Detail);
    }

    [Theory]
    [InlineData(TileFilter.RequiredYear, "year")]
    [InlineData(TileFilter.Year, "year")]
    [InlineData(TileFilter.Series, "series")]
    [InlineData(TileFilter.Evidence, "evidence")]
    [InlineData(TileFilter.Dialogue, "dialogue")]
    public void Each_filter_has_its_query_name(TileFilter filter, string name) => Assert.Equal(name, TileFilterValues.NameOf(filter));
}
