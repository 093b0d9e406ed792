namespace PartyAtlas.Core.Parameters;

/// <summary>
/// A value a request carries (query string or path), parsed in one place. A failed parse says why,
/// and <see cref="Form"/> says what is accepted, so every bad value becomes the same 400 problem
/// naming the parameter; the OpenAPI document describes the value with <see cref="SchemaType"/>.
/// </summary>
public interface IQueryValue<TSelf> : IParsable<TSelf> where TSelf : IQueryValue<TSelf>
{
    /// <summary>What is accepted, as a phrase: "a whole number from 1900 to 2100".</summary>
    static abstract string Form { get; }

    /// <summary>The OpenAPI type (and format, after a colon) the raw value has: "integer:int32", "string".</summary>
    static abstract string SchemaType { get; }

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong with it.</summary>
    static abstract bool TryParse(string text, out TSelf value, out string error);
}
