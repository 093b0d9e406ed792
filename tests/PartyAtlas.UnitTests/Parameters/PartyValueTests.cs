using PartyAtlas.Core.Parameters;

namespace PartyAtlas.UnitTests.Parameters;

/// <summary>The values the party endpoints take: registry ids, kinds and affiliations.</summary>
public sealed class PartyValueTests
{
    [Theory]
    [InlineData("NPL-CPNUML")]
    [InlineData("INT-PES")]
    [InlineData("ARG-PJ-FDT2")]
    public void A_party_id_of_a_three_letter_prefix_and_upper_case_parts_parses_and_prints_back(string text) =>
        Assert.Equal(text, Parsed.Valid<PartyId>(text).ToString());

    [Theory]
    [InlineData("npl-cpnuml")]
    [InlineData("NPL")]
    [InlineData("NPL-")]
    [InlineData("NP-UML")]
    [InlineData("NPL--UML")]
    [InlineData("NPL-A-B-C-D-E-F-G-H-I")]
    [InlineData("")]
    public void Anything_else_is_not_a_party_id(string text) =>
        Assert.Equal($"'{text}' is not a party id.", Parsed.Invalid<PartyId>(text));

    [Theory]
    [InlineData("party")]
    [InlineData("think_tank")]
    [InlineData("state_body")]
    public void A_kind_from_the_closed_list_parses(string text) =>
        Assert.Equal(text, Parsed.Valid<PartyKind>(text).Name);

    [Theory]
    [InlineData("Party")]
    [InlineData("club")]
    [InlineData("")]
    public void Anything_else_is_not_a_kind(string text) =>
        Assert.Equal($"'{text}' is not a party kind.", Parsed.Invalid<PartyKind>(text));

    [Theory]
    [InlineData("SI", "SI")]
    [InlineData("imcwp", "IMCWP")]
    [InlineData("Copppal", "COPPPAL")]
    public void An_affiliation_parses_in_any_case_and_is_held_upper_case(string text, string code) =>
        Assert.Equal(code, Parsed.Valid<Affiliation>(text).Code);

    [Theory]
    [InlineData("COMINTERN")]
    [InlineData("")]
    public void Anything_else_is_not_an_affiliation(string text) =>
        Assert.Equal($"'{text}' is not an affiliation.", Parsed.Invalid<Affiliation>(text));
}
