using PartyAtlas.Core.Parameters;

namespace PartyAtlas.UnitTests.Parameters;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("npl", "NPL")]
    [InlineData("NPL", "NPL")]
    [InlineData("Xkx", "XKX")]
    public void A_country_code_is_three_letters_in_any_case_held_upper_case(string text, string code)
    {
        Assert.Equal(code, Parsed.Valid<Iso3>(text).Code);
        Assert.Equal(code, Parsed.Valid<Iso3>(text).ToString());
    }

    [Theory]
    [InlineData("NP")]
    [InlineData("NEPL")]
    [InlineData("N1L")]
    [InlineData("")]
    public void Anything_but_three_letters_is_not_a_country_code(string text) =>
        Assert.Equal($"'{text}' is not a three-letter country code.", Parsed.Invalid<Iso3>(text));

    [Theory]
    [InlineData("hlm-2017")]
    [InlineData("summit-2021")]
    [InlineData("x")]
    public void An_event_id_of_lower_case_letters_digits_and_single_hyphens_parses_and_prints_back(string text) =>
        Assert.Equal(text, Parsed.Valid<DialogueId>(text).ToString());

    [Theory]
    [InlineData("HLM-2017")]
    [InlineData("hlm--2017")]
    [InlineData("-hlm")]
    [InlineData("hlm-")]
    [InlineData("hlm 2017")]
    [InlineData("")]
    public void Anything_else_is_not_an_event_id(string text) =>
        Assert.Equal($"'{text}' is not an event id.", Parsed.Invalid<DialogueId>(text));

    [Theory]
    [InlineData("S14")]
    [InlineData("T3")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345")]
    public void A_source_id_of_up_to_32_letters_and_digits_parses_and_prints_back(string text) =>
        Assert.Equal(text, Parsed.Valid<SourceId>(text).ToString());

    [Theory]
    [InlineData("S-14")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    [InlineData("")]
    public void Punctuation_or_more_than_32_characters_is_not_a_source_id(string text) =>
        Assert.Equal($"'{text}' is not a source id.", Parsed.Invalid<SourceId>(text));

    [Theory]
    [InlineData("json", false)]
    [InlineData("csv", true)]
    public void The_output_format_is_json_or_csv_and_prints_back(string text, bool csv)
    {
        Assert.Equal(csv, Parsed.Valid<OutputFormat>(text).IsCsv);
        Assert.Equal(text, Parsed.Valid<OutputFormat>(text).ToString());
    }

    [Theory]
    [InlineData("CSV")]
    [InlineData("xml")]
    public void Any_other_output_format_is_refused(string text) =>
        Assert.Equal($"'{text}' is not a format.", Parsed.Invalid<OutputFormat>(text));

    [Fact]
    public void Without_a_format_the_answer_is_json() => Assert.Equal("json", default(OutputFormat).ToString());

    [Fact]
    public void Identifier_forms_give_an_example()
    {
        Assert.Contains("NPL", Iso3.Form, StringComparison.Ordinal);
        Assert.Contains("hlm-2017", DialogueId.Form, StringComparison.Ordinal);
        Assert.Contains("S14", SourceId.Form, StringComparison.Ordinal);
        Assert.Equal("json or csv", OutputFormat.Form);
    }

    [Theory]
    [InlineData("Africa")]
    [InlineData("Latin America")]
    public void A_region_name_of_letters_and_spaces_parses(string text) =>
        Assert.Equal(text, Parsed.Valid<RegionName>(text).Name);

    [Theory]
    [InlineData("\0")]
    [InlineData("Africa\n")]
    [InlineData("1")]
    public void A_control_character_or_a_digit_is_not_a_region_name(string text) =>
        Assert.Equal($"'{text}' is not a region name.", Parsed.Invalid<RegionName>(text));
}
