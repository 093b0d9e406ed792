using PartyAtlas.Api.Maps;
using Xunit.Abstractions;
using static PartyAtlas.UnitTests.Figures.ColourVision;

namespace PartyAtlas.UnitTests.Figures;

/// <summary>
/// The colour schemes of the viewer, the style, the static maps and the charts (all from <see cref="Palette"/>),
/// checked under simulated protanopia, deuteranopia and tritanopia: every two colours that share a map stay at least
/// ΔE00 10 apart, the ordered scales keep their order in lightness (in greyscale too), and marks drawn over the
/// fills stand out from each of them.
/// </summary>
public sealed class ColourVisionTests(ITestOutputHelper output)
{
    private const double Apart = 10; // ΔE00: well past the just-noticeable ~2, so classes are told apart on a small swatch

    private static string[] Confirmed => [.. Palette.Evidence.Take(Palette.ConfirmedEvidence).Select(e => e.Colour)];

    private static string[] Fills =>
        [.. Palette.Evidence.Select(e => e.Colour), .. Palette.PartyClasses.Select(p => p.Colour), .. Palette.Changes.Select(c => c.Colour), Palette.Land, Palette.PrintLand];

    /// <summary>Each set of colours one figure or view shows together, with what stands for "nothing documented".</summary>
    public static TheoryData<string, string[]> SharedFigures => new()
    {
        { "evidence, confirmed (the default)", [.. Confirmed, Palette.Land] },
        { "evidence, all types", [.. Palette.Evidence.Select(e => e.Colour), Palette.Land] },
        { "evidence, print theme", [.. Confirmed, Palette.PrintLand] },
        { "documented parties", [.. Palette.PartyClasses.Select(p => p.Colour), Palette.Land] },
        { "compare two years", [.. Palette.Changes.Select(c => c.Colour), Palette.Land] },
        { "compare, print theme", [.. Palette.Changes.Select(c => c.Colour), Palette.PrintLand] },
        { "timeline chart, countries", [Palette.ChartCountries, Palette.ChartOfficial, Palette.Paper] },
        { "timeline chart, parties", [Palette.ChartParties, Palette.ChartOfficial, Palette.Paper] },
        { "timeline chart, print", [Palette.PrintBar, Palette.ChartOfficial, Palette.Paper] },
        { "regions chart", [Palette.ChartCountries, Palette.Land] },
        { "regions chart, print", [Palette.PrintBar, Palette.PrintLand] },
    };

    [Theory]
    [MemberData(nameof(SharedFigures))]
    public void Colours_that_share_a_figure_stay_apart_in_normal_vision_and_each_dichromacy(string figure, string[] colours)
    {
        var closest = (from vision in Everyone
                       from i in Enumerable.Range(0, colours.Length)
                       from j in Enumerable.Range(i + 1, colours.Length - i - 1)
                       select (vision, colours[i], colours[j], Difference(colours[i], colours[j], vision)))
            .MinBy(p => p.Item4);
        output.WriteLine($"{figure}: closest {closest.Item2} / {closest.Item3}, ΔE00 {closest.Item4:0.0} with {closest.vision}");
        Assert.True(closest.Item4 >= Apart,
            $"{figure}: {closest.Item2} and {closest.Item3} are only ΔE00 {closest.Item4:0.0} apart with {closest.vision}.");
    }

    [Fact]
    public void The_confirmed_evidence_ramp_darkens_with_stronger_evidence_in_every_simulation_and_in_grey() =>
        AssertLightnessFalls([.. Confirmed.Reverse()]);

    [Fact]
    public void The_party_classes_darken_with_more_parties_in_every_simulation_and_in_grey() =>
        AssertLightnessFalls([.. Palette.PartyClasses.Skip(1).Select(p => p.Colour)]);

    [Theory]
    [InlineData(nameof(Palette.PartyHighlight))]
    [InlineData(nameof(Palette.DialogueVenue))]
    public void A_mark_drawn_over_the_fills_stands_out_from_each_in_its_core_or_its_casing(string name)
    {
        var mark = name == nameof(Palette.PartyHighlight) ? Palette.PartyHighlight : Palette.DialogueVenue;
        foreach (var vision in Everyone)
        {
            foreach (var fill in Fills)
            {
                var apart = Math.Max(Difference(mark.Core, fill, vision), Difference(mark.Casing, fill, vision));
                Assert.True(apart >= Apart, $"{name} on {fill} with {vision}: ΔE00 {apart:0.0}.");
            }
        }
    }

    [Fact]
    public void The_ring_of_a_small_place_stands_out_from_sea_land_and_paper()
    {
        foreach (var vision in Everyone)
        {
            foreach (var background in new[] { Palette.Sea, Palette.Land, Palette.PrintLand, Palette.Paper })
            {
                Assert.True(Difference(Palette.SmallPlace.Core, background, vision) >= Apart, $"{background} with {vision}");
            }
        }
    }

    [Fact]
    public void The_viewers_colours_are_all_in_the_palette()
    {
        // The viewer's scripts take every colour from the style's layers and its partyatlas:palette metadata;
        // their only literals are the fallback for a style cached before it carried one, and those are Palette's.
        var palette = typeof(Palette).GetFields().Select(f => f.GetValue(null)).SelectMany(v => v switch
        {
            string s => [s],
            Overlay o => [o.Core, o.Casing],
            IEnumerable<(string, string)> pairs => pairs.Select(p => p.Item2),
            IEnumerable<(int, string)> classes => classes.Select(c => c.Item2),
            _ => Array.Empty<string>(),
        }).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var viewer = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        foreach (var script in new[] { "app.js", "parties.js", "popup.js", "chart.js", "share.js" })
        {
            var text = File.ReadAllText(Path.Combine(viewer, script));
            var literals = System.Text.RegularExpressions.Regex.Matches(text, @"#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(").Select(m => m.Value).Distinct();
            Assert.All(literals, colour => Assert.True(palette.Contains(colour), $"{script}: {colour} is not a colour of Palette"));
        }

        Assert.Contains(Palette.ChangeColour("joined"), palette);
    }

    // ---- the colour science itself, so the checks above can be trusted ----------------------------------

    [Theory]
    [InlineData(50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425)]
    [InlineData(50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615)]
    [InlineData(50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0000)]
    [InlineData(50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669)]
    [InlineData(50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792)]
    [InlineData(50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492)]
    [InlineData(50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065)]
    [InlineData(60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644)]
    [InlineData(2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082)]
    public void The_colour_difference_matches_Sharma_Wu_and_Dalals_published_pairs(double l1, double a1, double b1, double l2, double a2, double b2, double expected) =>
        Assert.Equal(expected, Ciede2000(new Lab(l1, a1, b1), new Lab(l2, a2, b2)), 4);

    [Fact]
    public void Red_and_green_collapse_for_protanopes_and_deuteranopes_and_blue_and_yellow_for_tritanopes()
    {
        // Cases the simulation must reproduce: each dichromacy loses its own confusion axis and keeps the other.
        var (red, green, blue, yellow) = ("#d62728", "#2ca02c", "#1f77b4", "#ffd92f");
        foreach (var vision in new[] { Vision.Protanopia, Vision.Deuteranopia })
        {
            Assert.True(Difference(red, green, vision) < Difference(red, green, Vision.Normal) / 2, $"red–green with {vision}");
            Assert.True(Difference(blue, yellow, vision) > Difference(blue, yellow, Vision.Normal) * 0.7, $"blue–yellow with {vision}");
        }

        Assert.True(Difference("#6baed6", "#74c476", Vision.Tritanopia) < Difference("#6baed6", "#74c476", Vision.Normal) / 2, "blue–green with tritanopia");
        Assert.True(Difference(red, green, Vision.Tritanopia) > Difference(red, green, Vision.Normal) * 0.7, "red–green with tritanopia");
        Assert.Equal(100, Seen("#ffffff", Vision.Deuteranopia).L, 1); // white stays white
    }

    private static void AssertLightnessFalls(string[] lightToDark)
    {
        foreach (var vision in Everyone.Append(Vision.Greyscale))
        {
            var lightness = lightToDark.Select(c => Seen(c, vision).L).ToArray();
            for (var i = 1; i < lightness.Length; i++)
            {
                Assert.True(lightness[i - 1] - lightness[i] >= 5,
                    $"{lightToDark[i - 1]} (L* {lightness[i - 1]:0}) and {lightToDark[i]} (L* {lightness[i]:0}) with {vision}: too close in lightness, or out of order.");
            }
        }
    }
}
