using System.Text.RegularExpressions;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>Links carry `v=` (the data version they were made for); tests about their shape compare them without it.</summary>
public static partial class VersionedLinks
{
    /// <summary>The link without its `v` parameter; asserts it had one (16 hex digits).</summary>
    public static string Unversioned(this string? href)
    {
        Assert.True(href is not null && VersionParameter().IsMatch(href), $"'{href}' carries no v=<data version>");
        var stripped = VersionParameter().Replace(href!, m => m.Value.StartsWith('?') && m.Value.EndsWith('&') ? "?" : m.Value.StartsWith('?') ? "" : m.Value.EndsWith('&') ? "&" : "");
        return stripped;
    }

    /// <summary>The version a link carries, or null.</summary>
    public static string? VersionOf(string href) => VersionParameter().Match(href) is { Success: true } m ? m.Groups["v"].Value : null;

    [GeneratedRegex("[?&]v=(?<v>[0-9a-f]{16})(&|$)")]
    private static partial Regex VersionParameter();
}
