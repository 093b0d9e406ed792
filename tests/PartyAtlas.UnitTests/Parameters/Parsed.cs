using PartyAtlas.Core.Parameters;

namespace PartyAtlas.UnitTests.Parameters;

/// <summary>A value type's TryParse as one result, for asserting on.</summary>
internal static class Parsed
{
    public static T Valid<T>(string text) where T : IQueryValue<T>
    {
        Assert.True(T.TryParse(text, out var value, out var error), $"'{text}' should parse as {typeof(T).Name}: {error}");
        Assert.Equal("", error);
        return value;
    }

    public static string Invalid<T>(string text) where T : IQueryValue<T>
    {
        Assert.False(T.TryParse(text, out _, out var error), $"'{text}' should not parse as {typeof(T).Name}");
        Assert.False(string.IsNullOrWhiteSpace(error));
        return error;
    }
}
