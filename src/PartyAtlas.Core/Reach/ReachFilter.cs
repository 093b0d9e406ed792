using Npgsql;
using PartyAtlas.Core.Parameters;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Reach;

/// <summary>
/// The filters every reach answer shares: which series and evidence count, one event, one box.
/// The defaults are every series, confirmed evidence, every event and the whole world.
/// </summary>
public sealed record ReachFilter(SeriesSet Series = default, EvidenceSet Evidence = default, DialogueId? Dialogue = null, BBox? Box = null)
{
    public static ReachFilter Default { get; } = new();

    internal IEnumerable<NpgsqlParameter> Parameters() =>
    [
        Named("series", Series.Series), Named("evidence", Evidence.Types), Named("dialogue", Dialogue?.Id),
        Named("min_lon", Box?.MinLon), Named("min_lat", Box?.MinLat), Named("max_lon", Box?.MaxLon), Named("max_lat", Box?.MaxLat),
    ];
}
