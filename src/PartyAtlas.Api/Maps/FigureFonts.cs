using SkiaSharp;

namespace PartyAtlas.Api.Maps;

/// <summary>
/// The fonts the figures ask for. A PNG is drawn with the fonts installed on the server, so Chinese figures need a
/// CJK font there (the scripts install fonts-wqy-microhei, the Docker image too); without one, every Chinese
/// character would be an empty box, so the service says so when it starts.
/// </summary>
internal static class FigureFonts
{
    private static readonly string[] Chinese = ["Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei"];
    private static readonly string[] Latin = ["DejaVu Sans", "Liberation Sans", "Arial"];

    /// <summary>The SVG font-family list: the families in order of preference, then the generic sans-serif.</summary>
    public static string Family(bool chinese) => string.Join(", ", chinese ? Chinese : Latin) + ", sans-serif";

    /// <summary>The first Chinese family installed that draws Chinese, or null when none is.</summary>
    public static string? InstalledChinese()
    {
        foreach (var family in Chinese)
        {
            using var typeface = SKFontManager.Default.MatchFamily(family);
            using var font = typeface is null ? null : new SKFont(typeface);
            if (font is not null && font.ContainsGlyphs("中文"))
            {
                return family;
            }
        }

        return null;
    }

    public static void WarnWhenChineseIsMissing(ILogger logger)
    {
        string? installed;
        try
        {
            installed = InstalledChinese();
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException)
        {
            // The service runs without Skia; only the PNG figures fail, each with its own error.
            logger.LogWarning(e, "SkiaSharp could not load (PNG figures will fail): install libfontconfig1 and restart.");
            return;
        }

        if (installed is null)
        {
            logger.LogWarning(
                "No CJK font is installed ({Families}): PNG figures with lang=zh will show boxes instead of Chinese. Install one, e.g. `sudo apt-get install fonts-wqy-microhei`, and restart.",
                string.Join(", ", Chinese));
        }
    }
}
