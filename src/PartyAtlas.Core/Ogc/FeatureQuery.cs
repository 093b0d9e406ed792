using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Core.Ogc;

/// <summary>What an items request asks for, already validated; <see cref="SortBy"/> before the collection's own order.</summary>
public sealed record FeatureQuery(
    BBox? BBox, DateTime? From, DateTime? To, int Limit, int Offset, string? FeatureId, IReadOnlyList<object?> FilterValues)
{
    public IReadOnlyList<SortTerm> SortBy { get; init; } = [];

    /// <summary>The SRID geometry is written in: null for CRS84 (prepared), 4326 (lat/lon) or 3857.</summary>
    public int? Crs { get; init; }

    /// <summary>A CQL2 filter, translated (Filtering.CqlSql), or null.</summary>
    public Filtering.CompiledFilter? Filter { get; init; }

    /// <summary>Only these members of each feature's properties (null: all).</summary>
    public IReadOnlyList<string>? Properties { get; init; }
}
