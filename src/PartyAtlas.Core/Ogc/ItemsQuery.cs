using PartyAtlas.Core.Database;
using static PartyAtlas.Core.Database.SqlIdentifier;

namespace PartyAtlas.Core.Ogc;

/// <summary>
/// The items query of each collection: Ogc/items.sql with the collection's row source, filter columns
/// and sort columns placed in, once at start-up, so filtering, counting and paging are written once.
/// </summary>
public static class ItemsQuery
{
    private const string Skeleton = "Ogc/items.sql";

    public static string Compose(FeatureCollectionDefinition collection) => Compose(collection, []);

    /// <summary>
    /// The query with <paramref name="sortBy"/> first and the collection's own order after it, which ends in
    /// the unique id: pages stay stable and disjoint under any sort. Columns come from the queryables only.
    /// </summary>
    public static string Compose(FeatureCollectionDefinition collection, IReadOnlyList<SortTerm> sortBy)
    {
        if (sortBy.FirstOrDefault(k => !collection.Queryables.Contains(k.Column)) is { } unknown)
        {
            throw new ArgumentException($"'{unknown.Column}' is not a queryable of '{collection.Id}'.", nameof(sortBy));
        }

        var order = string.Join(", ", sortBy.Select(k => $"f.{Quote(k.Column)} {(k.Descending ? "DESC NULLS LAST" : "ASC NULLS LAST")}")
            .Concat(collection.Order.Select(c => "f." + Quote(c))));
        var filters = string.Join("\n", collection.Filters.Select(f =>
            $"      AND ({Parameter(f.Name)}::{SqlType(f.Type)} IS NULL OR f.{Quote(f.Name)} = {Parameter(f.Name)})"));
        return SqlFiles.Get(Skeleton)
            .Replace("{{source}}", Quote(collection.RowSource), StringComparison.Ordinal)
            .Replace("{{filters}}", filters, StringComparison.Ordinal)
            .Replace("{{order}}", order, StringComparison.Ordinal);
    }

    // The cast types a NULL parameter so PostgreSQL can infer it; the filter's type decides it.
    private static string SqlType(FilterType type) => type switch
    {
        FilterType.Text => "text",
        FilterType.Integer => "int",
        FilterType.Boolean => "boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
