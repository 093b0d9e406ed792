using PartyAtlas.Core.Database;
using static PartyAtlas.Core.Database.SqlIdentifier;

namespace PartyAtlas.Core.Ogc;

/// <summary>
/// The items query of each collection: Ogc/items.sql with the collection's row source, filter columns,
/// sort expressions and (when asked) a translated CQL2 condition placed in, so filtering, counting and
/// paging are written once. Every name and expression comes from <see cref="FeatureCollections"/>.
/// </summary>
public static class ItemsQuery
{
    private const string Skeleton = "Ogc/items.sql";

    public static string Compose(FeatureCollectionDefinition collection) => Compose(collection, [], null);

    /// <summary>
    /// The query with <paramref name="sortBy"/> first and the collection's own order after it, which ends in
    /// the unique id: pages stay stable and disjoint under any sort. <paramref name="condition"/> is a
    /// translated filter (Filtering.CqlSql): queryable expressions and parameter placeholders only.
    /// </summary>
    public static string Compose(FeatureCollectionDefinition collection, IReadOnlyList<SortTerm> sortBy, string? condition)
    {
        var sorted = sortBy.Select(k => (Term: k, Queryable: collection.FindQueryable(k.Column))).ToArray();
        if (sorted.FirstOrDefault(k => k.Queryable is not { Sortable: true }) is { Term: { } unknown })
        {
            throw new ArgumentException($"'{unknown.Column}' is not a sortable queryable of '{collection.Id}'.", nameof(sortBy));
        }

        var order = string.Join(", ", sorted.Select(k => $"{k.Queryable!.Sql} {(k.Term.Descending ? "DESC NULLS LAST" : "ASC NULLS LAST")}")
            .Concat(collection.Order.Select(c => "f." + Quote(c))));
        var filters = string.Join("\n", collection.Filters.Select(f =>
            $"      AND ({Parameter(f.Name)}::{Queryable.SqlType(f.Type)} IS NULL OR f.{Quote(f.Name)} = {Parameter(f.Name)})"));
        if (condition is not null)
        {
            filters += $"\n      AND {condition}";
        }

        return SqlFiles.Get(Skeleton)
            .Replace("{{source}}", Quote(collection.RowSource), StringComparison.Ordinal)
            .Replace("{{filters}}", filters, StringComparison.Ordinal)
            .Replace("{{order}}", order, StringComparison.Ordinal);
    }
}
