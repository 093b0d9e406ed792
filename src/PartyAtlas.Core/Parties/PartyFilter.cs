using Npgsql;
using PartyAtlas.Core.Parameters;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Parties;

/// <summary>Which parties GET /parties lists: each filter narrows the registry; none means every party.</summary>
public sealed record PartyFilter(Iso3? Country = null, DialogueId? Dialogue = null, Year? Year = null, PartyKind? Kind = null, Affiliation? Affiliation = null)
{
    internal IEnumerable<NpgsqlParameter> Parameters() =>
    [
        Named("country", Country?.Code), Named("dialogue", Dialogue?.Id), Named("year", Year?.Value),
        Named("kind", Kind?.Name), Named("affiliation", Affiliation?.Code),
    ];
}
