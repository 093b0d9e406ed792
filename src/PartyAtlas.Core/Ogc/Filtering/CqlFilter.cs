namespace PartyAtlas.Core.Ogc.Filtering;

/// <summary>The `filter` of an items request: parsed in its language, then translated for one collection.</summary>
public static class CqlFilter
{
    /// <summary>
    /// The accepted filter-lang values: the two CQL2 encodings, and cql-text, the pre-standard name
    /// GDAL 3.6 and older look for in the OpenAPI document before they send `-where` to the server
    /// (it is read by the same CQL2 text grammar; what those clients write is valid CQL2).
    /// </summary>
    public static readonly IReadOnlyList<string> Languages = ["cql2-text", "cql2-json", "cql-text"];

    /// <summary>The translated filter; a <see cref="CqlException"/> says what is wrong with it.</summary>
    public static CompiledFilter Compile(string text, string language, FeatureCollectionDefinition collection)
    {
        var tree = language == "cql2-json" ? CqlJsonParser.Parse(text) : CqlTextParser.Parse(text);
        return CqlSql.Translate(tree, collection);
    }
}
