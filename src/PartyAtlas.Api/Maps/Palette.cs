namespace PartyAtlas.Api.Maps;

/// <summary>A mark drawn over the fills (a line or a dot): its core and a casing around it, so it stands out from any fill in one or the other.</summary>
public sealed record Overlay(string Core, string Casing);

/// <summary>
/// Every colour PartyAtlas draws with, in one place: the MapLibre style (and the viewer, which reads its colours
/// from the style), the static maps and the charts. The unit tier's ColourVisionTests simulates protanopia,
/// deuteranopia and tritanopia (Machado et al. 2009) and requires every two colours that share a map to stay
/// at least ΔE00 10 apart in each, and the ordered scales to keep their order in lightness; change a colour here
/// and that check tells whether it still reads.
/// </summary>
public static class Palette
{
    public const string Paper = "#ffffff";
    public const string Sea = "#dde8f0";

    /// <summary>A country or region with nothing documented: silence, which is not absence.</summary>
    public const string Land = "#f3f1ec";

    public const string Outline = "#8d8a83";
    public const string Ink = "#1d2330";
    public const string Text = "#333333";
    public const string Muted = "#555555";
    public const string PrintLand = "#f4f4f4";
    public const string PrintOutline = "#555555";

    /// <summary>The fallback of a match expression: a value outside the closed list (never one PartyAtlas writes).</summary>
    public const string Unmatched = "#cccccc";

    /// <summary>
    /// Evidence types strongest first. The four confirmed types are ColorBrewer's Reds (classes 9, 7, 5, 3 of 9):
    /// darkest is strongest, with lightness steps (L* 20, 43, 63, 81) wide enough to survive every simulated
    /// deficiency and greyscale. The other four types, shown only with evidence=all, are a dark and a mid purple,
    /// a grey and a light blue.
    /// </summary>
    public static readonly IReadOnlyList<(string Evidence, string Colour)> Evidence =
    [
        ("spoke", "#67000d"), ("delegation", "#cb181d"), ("attended", "#fb6a4a"), ("watched_at_venue", "#fcbba1"),
        ("side_event", "#3f007d"), ("message_only", "#807dba"), ("ambiguous", "#bdbdbd"), ("prospective", "#9ecae1"),
    ];

    /// <summary>The confirmed types: the first four of <see cref="Evidence"/>, the ones that count as reach.</summary>
    public const int ConfirmedEvidence = 4;

    /// <summary>
    /// Classes of documented parties per country (lower bounds, each up to the next one): viridis from light to dark,
    /// whose lightness falls monotonically. The first class (0) is documented participation that names no party: a grey.
    /// </summary>
    public static readonly IReadOnlyList<(int AtLeast, string Colour)> PartyClasses =
    [
        (0, "#bdbdbd"), (1, "#fde725"), (2, "#5ec962"), (3, "#21918c"), (5, "#3b528b"),
    ];

    /// <summary>Between two years: joined green, stayed orange, left purple (ColorBrewer's PRGn ends and PuOr's orange).</summary>
    public static readonly IReadOnlyList<(string Change, string Colour)> Changes =
    [
        ("joined", "#1b7837"), ("stayed", "#fdb863"), ("left", "#5e3c99"),
    ];

    /// <summary>The countries of the chosen party, outlined over whatever fill the view shows.</summary>
    public static readonly Overlay PartyHighlight = new("#111111", "#ffffff");

    /// <summary>Host cities of the dialogues.</summary>
    public static readonly Overlay DialogueVenue = new("#08306b", "#ffffff");

    /// <summary>Small countries and point-only places, drawn as circles filled with their class: the ring around them.</summary>
    public static readonly Overlay SmallPlace = new("#333333", "#333333");

    /// <summary>A participation reported absent (the country chart): a hollow mark, paper inside an ink ring.</summary>
    public static readonly Overlay ReportedAbsent = new(Paper, Ink);

    /// <summary>The hovered country's outline in the viewer.</summary>
    public const string Hover = "#111111";

    /// <summary>Chart bars: documented countries, documented parties; the official ranges drawn beside them.</summary>
    public const string ChartCountries = "#cb181d";
    public const string ChartParties = "#3b528b";
    public const string ChartOfficial = Ink;
    public const string PrintBar = "#969696";
    public const string Grid = "#e2e2e2";

    public static string EvidenceColour(string evidence) => Evidence.First(e => e.Evidence == evidence).Colour;

    public static string ChangeColour(string change) => Changes.First(c => c.Change == change).Colour;
}
