using PartyAtlas.Api.Maps;

namespace PartyAtlas.UnitTests.Figures;

public sealed class TextLayoutTests
{
    [Fact]
    public void English_breaks_at_spaces_within_the_width_and_the_lines_join_back_into_the_text()
    {
        const string text = "2021: 49 countries and regions documented of 160+ reported (7 events); 60 parties of 500+. Every list is partial.";
        var lines = TextLayout.Wrap(text, 268, 13);

        Assert.True(lines.Count > 1);
        Assert.Equal(text, string.Concat(lines));
        Assert.All(lines, l => Assert.True(TextLayout.Width(l.TrimEnd(), 13) <= 268, l));
        Assert.All(lines.Skip(1), l => Assert.False(l.StartsWith(' ')));
    }

    [Fact]
    public void Chinese_breaks_between_characters_but_never_before_closing_punctuation()
    {
        const string text = "2021年：有记录 49 个国家和地区（官方报道 160+，7 场活动）；有记录 60 个政党（官方报道 500+）。所有名单均不完整。";
        var lines = TextLayout.Wrap(text, 120, 13);

        Assert.True(lines.Count > 3);
        Assert.Equal(text, string.Concat(lines));
        Assert.All(lines, l => Assert.True(TextLayout.Width(l.TrimEnd(), 13) <= 120, l));
        Assert.All(lines.Skip(1), l => Assert.DoesNotContain(l[0], "，。；：）"));
        Assert.All(lines.SkipLast(1), l => Assert.DoesNotContain(l.TrimEnd()[^1], "（"));
    }

    [Fact]
    public void A_word_wider_than_the_line_stays_whole_on_a_line_of_its_own()
    {
        var lines = TextLayout.Wrap("a https://example.org/a/very/long/address/that/cannot/break b", 60, 10);

        Assert.Equal(["a ", "https://example.org/a/very/long/address/that/cannot/break ", "b"], lines);
    }

    [Fact]
    public void A_text_that_fits_is_one_line() => Assert.Equal(["Spoke"], TextLayout.Wrap("Spoke", 500, 12));

    [Fact]
    public void A_label_too_long_is_cut_with_an_ellipsis_within_the_width_and_one_that_fits_is_kept()
    {
        var cut = TextLayout.Fit("Batkivshchyna All-Ukrainian Union", 84, 12);

        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.StartsWith(cut[..^1], "Batkivshchyna All-Ukrainian Union", StringComparison.Ordinal);
        Assert.True(TextLayout.Width(cut, 12) <= 84);
        Assert.Equal("SACP", TextLayout.Fit("SACP", 84, 12));
    }
}
