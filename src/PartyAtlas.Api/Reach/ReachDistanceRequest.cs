using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Reach;

namespace PartyAtlas.Api.Reach;

/// <summary>GET /reach/distance: how far one year's documented reach extends from the host cities.</summary>
public sealed record ReachDistanceRequest(
    [FromQuery(Name = "year")] [property: Description(ReachDescriptions.Year + " Required.")] Year Year,
    [FromQuery(Name = "series")] [property: Description(ReachDescriptions.Series)] SeriesSet? Series,
    [FromQuery(Name = "dialogue")] [property: Description(ReachDescriptions.Dialogue)] DialogueId? Dialogue,
    [FromQuery(Name = "evidence")] [property: Description(ReachDescriptions.Evidence)] EvidenceSet? Evidence,
    [FromQuery(Name = "f")] [property: Description(ReachDescriptions.Format)] OutputFormat? F)
{
    public ReachFilter Filter => new(Series ?? default, Evidence ?? default, Dialogue);
}
