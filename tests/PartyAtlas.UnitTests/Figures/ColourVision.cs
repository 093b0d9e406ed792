namespace PartyAtlas.UnitTests.Figures;

/// <summary>How a colour looks to a reader with a colour-vision deficiency.</summary>
public enum Vision { Normal, Protanopia, Deuteranopia, Tritanopia, Greyscale }

/// <summary>A colour in CIELAB (D65).</summary>
public readonly record struct Lab(double L, double A, double B);

/// <summary>
/// The test's own colour science, written from the publications rather than from the code under test:
/// dichromacy simulated with Machado, Oliveira &amp; Fernandes (2009)'s matrices at severity 1, applied in linear
/// sRGB; greyscale as relative luminance; differences as CIEDE2000 (Sharma, Wu &amp; Dalal 2005).
/// </summary>
public static class ColourVision
{
    public static readonly Vision[] Dichromacies = [Vision.Protanopia, Vision.Deuteranopia, Vision.Tritanopia];

    public static readonly Vision[] Everyone = [Vision.Normal, .. Dichromacies];

    private static readonly double[,] Protan = { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } };
    private static readonly double[,] Deutan = { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } };
    private static readonly double[,] Tritan = { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } };

    /// <summary>The colour as seen with <paramref name="vision"/>, in CIELAB.</summary>
    public static Lab Seen(string hex, Vision vision)
    {
        var rgb = Linear(hex);
        var seen = vision switch
        {
            Vision.Normal => rgb,
            Vision.Protanopia => Apply(Protan, rgb),
            Vision.Deuteranopia => Apply(Deutan, rgb),
            Vision.Tritanopia => Apply(Tritan, rgb),
            Vision.Greyscale => Enumerable.Repeat(0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2], 3).ToArray(),
            _ => throw new ArgumentOutOfRangeException(nameof(vision)),
        };
        return ToLab(seen);
    }

    public static double Difference(string first, string second, Vision vision) => Ciede2000(Seen(first, vision), Seen(second, vision));

    /// <summary>CIEDE2000 with kL = kC = kH = 1.</summary>
    public static double Ciede2000(Lab first, Lab second)
    {
        static double Degrees(double radians) => radians * 180 / Math.PI;
        static double Radians(double degrees) => degrees * Math.PI / 180;
        static double Hue(double b, double a) => a == 0 && b == 0 ? 0 : (Degrees(Math.Atan2(b, a)) + 360) % 360;

        var meanChroma = (Math.Sqrt(first.A * first.A + first.B * first.B) + Math.Sqrt(second.A * second.A + second.B * second.B)) / 2;
        var g = 0.5 * (1 - Math.Sqrt(Math.Pow(meanChroma, 7) / (Math.Pow(meanChroma, 7) + Math.Pow(25, 7))));
        var (a1, a2) = (first.A * (1 + g), second.A * (1 + g));
        var (c1, c2) = (Math.Sqrt(a1 * a1 + first.B * first.B), Math.Sqrt(a2 * a2 + second.B * second.B));
        var (h1, h2) = (Hue(first.B, a1), Hue(second.B, a2));

        var deltaL = second.L - first.L;
        var deltaC = c2 - c1;
        var deltaHue = c1 * c2 == 0 ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
        var deltaH = 2 * Math.Sqrt(c1 * c2) * Math.Sin(Radians(deltaHue / 2));

        var meanL = (first.L + second.L) / 2;
        var meanC = (c1 + c2) / 2;
        var meanH = c1 * c2 == 0 ? h1 + h2 : Math.Abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        var t = 1 - 0.17 * Math.Cos(Radians(meanH - 30)) + 0.24 * Math.Cos(Radians(2 * meanH)) + 0.32 * Math.Cos(Radians(3 * meanH + 6)) - 0.20 * Math.Cos(Radians(4 * meanH - 63));
        var rotation = 30 * Math.Exp(-Math.Pow((meanH - 275) / 25, 2));
        var rc = 2 * Math.Sqrt(Math.Pow(meanC, 7) / (Math.Pow(meanC, 7) + Math.Pow(25, 7)));
        var sl = 1 + 0.015 * Math.Pow(meanL - 50, 2) / Math.Sqrt(20 + Math.Pow(meanL - 50, 2));
        var sc = 1 + 0.045 * meanC;
        var sh = 1 + 0.015 * meanC * t;
        var rt = -Math.Sin(Radians(2 * rotation)) * rc;
        var (l, c, h) = (deltaL / sl, deltaC / sc, deltaH / sh);
        return Math.Sqrt(l * l + c * c + h * h + rt * c * h);
    }

    private static double[] Linear(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#')
        {
            throw new FormatException($"Not a #rrggbb colour: {hex}");
        }

        return [.. Enumerable.Range(0, 3).Select(i => Convert.ToInt32(hex.Substring(1 + 2 * i, 2), 16) / 255.0)
            .Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4))];
    }

    private static double[] Apply(double[,] m, double[] rgb) =>
        [.. Enumerable.Range(0, 3).Select(r => Math.Clamp(m[r, 0] * rgb[0] + m[r, 1] * rgb[1] + m[r, 2] * rgb[2], 0, 1))];

    private static Lab ToLab(double[] rgb)
    {
        // Linear sRGB to XYZ (D65), then CIELAB relative to the D65 white.
        var x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
        var y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
        var z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
        static double F(double v) => v > 216.0 / 24389 ? Math.Cbrt(v) : (24389.0 / 27 * v + 16) / 116;
        return new Lab(116 * F(y) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }
}
