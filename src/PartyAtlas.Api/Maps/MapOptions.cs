using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Maps;

/// <summary>`width`: the figure's width in pixels, 300–4000 (default 1200); the height follows the projection.</summary>
public readonly record struct MapWidth(int Pixels) : IQueryValue<MapWidth>
{
    public const int Default = 1200;

    public static string Form => "a whole number of pixels from 300 to 4000";

    public static string SchemaType => "integer";

    public static bool TryParse(string text, out MapWidth value, out string error)
    {
        var ok = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels is >= 300 and <= 4000;
        value = new MapWidth(ok ? pixels : Default);
        error = ok ? "" : $"'{text}' is not a width from 300 to 4000 pixels.";
        return ok;
    }

    public static MapWidth Parse(string s, IFormatProvider? provider) => QueryValue.Parse<MapWidth>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MapWidth result) => QueryValue.TryParse(s, out result);
}

/// <summary>`lang`: en (default) or zh, for the title, the coverage line and the legend.</summary>
public readonly record struct MapLanguage(bool Chinese) : IQueryValue<MapLanguage>
{
    public static string Form => "en or zh";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out MapLanguage value, out string error)
    {
        value = new MapLanguage(text == "zh");
        var ok = text is "en" or "zh";
        error = ok ? "" : $"'{text}' is not one of: en, zh.";
        return ok;
    }

    public static MapLanguage Parse(string s, IFormatProvider? provider) => QueryValue.Parse<MapLanguage>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MapLanguage result) => QueryValue.TryParse(s, out result);
}

/// <summary>`theme`: light (default: tinted sea) or print (white paper, darker lines).</summary>
public readonly record struct MapTheme(bool Print) : IQueryValue<MapTheme>
{
    public static string Form => "light or print";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out MapTheme value, out string error)
    {
        value = new MapTheme(text == "print");
        var ok = text is "light" or "print";
        error = ok ? "" : $"'{text}' is not one of: light, print.";
        return ok;
    }

    public static MapTheme Parse(string s, IFormatProvider? provider) => QueryValue.Parse<MapTheme>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MapTheme result) => QueryValue.TryParse(s, out result);
}

/// <summary>`view`: evidence (default: each country's strongest evidence) or parties (documented parties per country), as the viewer's view.</summary>
public readonly record struct MapView(bool Parties) : IQueryValue<MapView>
{
    public static string Form => "evidence or parties";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out MapView value, out string error)
    {
        value = new MapView(text == "parties");
        var ok = text is "evidence" or "parties";
        error = ok ? "" : $"'{text}' is not one of: evidence, parties.";
        return ok;
    }

    public static MapView Parse(string s, IFormatProvider? provider) => QueryValue.Parse<MapView>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MapView result) => QueryValue.TryParse(s, out result);
}
