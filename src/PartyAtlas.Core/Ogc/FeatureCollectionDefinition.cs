namespace PartyAtlas.Core.Ogc;

/// <summary>
/// One OGC API – Features collection: its metadata, its row source (a view of 0007_row_sources.sql with
/// id, geom, start_date, end_date, properties and one column per filter, named after it), its
/// equality filters and its page order. These names are the allow-list ItemsQuery places in Ogc/items.sql.
/// </summary>
public sealed record FeatureCollectionDefinition(
    string Id, string Title, string Description, bool Temporal, IReadOnlyList<CollectionFilter> Filters)
{
    public required string RowSource { get; init; }

    /// <summary>The row source's columns the pages are sorted by; the last one must be unique.</summary>
    public IReadOnlyList<string> Order { get; init; } = ["id"];

    /// <summary>The members of each feature's `properties`, in order: what `properties=` may choose from (a test keeps it true).</summary>
    public IReadOnlyList<string> Properties { get; init; } = [];

    /// <summary>The properties a client may filter and sort on (OGC queryables): the id and every filter column.</summary>
    public IReadOnlyList<string> Queryables => ["id", .. Filters.Select(f => f.Name)];
}
