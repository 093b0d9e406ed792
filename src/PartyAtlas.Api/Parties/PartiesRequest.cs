using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Parties;

namespace PartyAtlas.Api.Parties;

/// <summary>GET /parties: the registry, narrowed by every filter given.</summary>
public sealed record PartiesRequest(
    [FromQuery(Name = "country")] [property: Description("Only parties of this country (ISO 3166-1 alpha-3, e.g. NPL); transnational organisations have none.")] Iso3? Country,
    [FromQuery(Name = "dialogue")] [property: Description("Only parties named at this event (its id, e.g. summit-2021), whatever the evidence type.")] DialogueId? Dialogue,
    [FromQuery(Name = "year")] [property: Description("Only parties named at an event of this year (1900–2100), whatever the evidence type.")] Year? Year,
    [FromQuery(Name = "kind")] [property: Description("Only this kind: party, coalition, party_organ, think_tank, state_body or other.")] PartyKind? Kind,
    [FromQuery(Name = "affiliation")] [property: Description("Only members of this international or forum, as a source states: SI, PA, IMCWP, FSP, COPPPAL, ICAPP, LI, IDU, CDI, PES, EL or OTHER.")] Affiliation? Affiliation,
    [FromQuery(Name = "f")] [property: Description("Response format: `json` (default) or `csv`. `Accept: text/csv` does the same.")] OutputFormat? F)
{
    public PartyFilter Filter => new(Country, Dialogue, Year, Kind, Affiliation);
}
