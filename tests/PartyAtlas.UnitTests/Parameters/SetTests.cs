using PartyAtlas.Core.Import;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.UnitTests.Parameters;

public sealed class SetTests
{
    [Fact]
    public void Confirmed_evidence_is_the_sqls_default_set()
    {
        var confirmed = Parsed.Valid<EvidenceSet>("confirmed");
        Assert.Null(confirmed.Types);
        Assert.Equal("confirmed", confirmed.ToString());
    }

    [Fact]
    public void No_evidence_parameter_means_confirmed_evidence()
    {
        Assert.Null(EvidenceSet.Confirmed.Types);
        Assert.Equal("confirmed", default(EvidenceSet).ToString());
    }

    [Fact]
    public void All_evidence_is_every_type_but_absent()
    {
        var all = Parsed.Valid<EvidenceSet>("all");
        Assert.Equal(ClosedLists.EvidenceTypes.Where(t => t != "absent"), all.Types);
        Assert.Equal("all", all.ToString());
    }

    [Fact]
    public void A_list_of_evidence_types_is_those_types_trimmed_without_repeats()
    {
        var list = Parsed.Valid<EvidenceSet>("spoke, attended,spoke");
        Assert.Equal(["spoke", "attended"], list.Types!);
        Assert.Equal("spoke, attended,spoke", list.ToString());
    }

    [Theory]
    [InlineData("absent")]
    [InlineData("spoke,absent")]
    public void Absent_never_counts_as_reach_and_is_refused_saying_so(string text) =>
        Assert.Equal("'absent' means explicitly reported absent and never counts as reach.", Parsed.Invalid<EvidenceSet>(text));

    [Fact]
    public void An_unknown_evidence_type_is_refused_listing_the_known_ones()
    {
        var error = Parsed.Invalid<EvidenceSet>("spoke,rumoured");
        Assert.StartsWith("'rumoured' is not one of: spoke, delegation,", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_evidence_form_lists_every_type_but_absent()
    {
        Assert.StartsWith("confirmed, all, or a comma-separated list of: spoke,", EvidenceSet.Form, StringComparison.Ordinal);
        Assert.DoesNotContain("absent", EvidenceSet.Form, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_list_is_those_series_and_prints_back_as_given()
    {
        var series = Parsed.Valid<SeriesSet>("global,regional");
        Assert.Equal(["global", "regional"], series.Series!);
        Assert.Equal("global,regional", series.ToString());
    }

    [Fact]
    public void No_series_parameter_means_every_series()
    {
        Assert.Null(default(SeriesSet).Series);
        Assert.Equal("", default(SeriesSet).ToString());
    }

    [Fact]
    public void An_unknown_series_is_refused_listing_the_known_ones() =>
        Assert.Equal("'bilateral' is not one of: global, thematic, regional.", Parsed.Invalid<SeriesSet>("global,bilateral"));

    [Fact]
    public void The_series_form_lists_the_series() =>
        Assert.Equal("a comma-separated list of: global, thematic, regional", SeriesSet.Form);
}
