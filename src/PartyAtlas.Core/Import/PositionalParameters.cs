using Npgsql;

namespace PartyAtlas.Core.Import;

/// <summary>The import's insert statements take their values in column order ($1, $2, …), as the CSV rows hold them.</summary>
internal static class PositionalParameters
{
    public static void AddValues(this NpgsqlParameterCollection parameters, IEnumerable<object?> values)
    {
        foreach (var value in values)
        {
            parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
    }
}
