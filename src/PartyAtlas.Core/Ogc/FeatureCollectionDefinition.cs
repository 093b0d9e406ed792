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

    /// <summary>Further queryables read from the features' properties (beyond the id, the filter columns and the dates).</summary>
    public IReadOnlyList<Queryable> MoreQueryables { get; init; } = [];

    /// <summary>
    /// What a client may filter (CQL2) and sort on (OGC queryables): the geometry, the id, every filter
    /// column, start_date and end_date when the collection is timed, and <see cref="MoreQueryables"/>.
    /// </summary>
    public IReadOnlyList<Queryable> Queryables => _queryables ??=
    [
        new("geometry", FilterType.Geometry, "The feature's geometry (CRS84).", null, "f.geom"),
        Queryable.Column("id", FilterType.Text, "The feature's id."),
        .. Filters.Select(f => Queryable.Column(f.Name, f.Type, f.Description, f.Allowed)),
        .. Temporal
            ? [Queryable.Column("start_date", FilterType.Date, "First day (UTC)."), Queryable.Column("end_date", FilterType.Date, "Last day (UTC).")]
            : Array.Empty<Queryable>(),
        .. MoreQueryables,
    ];

    private IReadOnlyList<Queryable>? _queryables;

    public Queryable? FindQueryable(string name) => Queryables.FirstOrDefault(q => q.Name == name);
}
