using Npgsql;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Parameters;

/// <summary>@zoom and @precision, as every query that returns geometry takes them.</summary>
internal static class GeometryDetailParameters
{
    public static IEnumerable<NpgsqlParameter> Parameters(this GeometryDetail detail) =>
        [Named("zoom", detail.Zoom.Value), Named("precision", detail.Precision.Value)];
}
