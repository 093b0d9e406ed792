using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Dialogues;

/// <summary>GET /dialogues/{id}/scope: an event's invited region and its documented participants.</summary>
public sealed record DialogueScopeRequest(
    [FromRoute(Name = "id")] [property: Description("The event's id, e.g. ca-ppd-2023 or arab-ppd-2023.")] DialogueId Id,
    [FromQuery(Name = "evidence")] [property: Description(ReachDescriptions.Evidence)] EvidenceSet? Evidence,
    [FromQuery(Name = "zoom")] [property: Description("Map zoom the geometry is meant for (0–24). Default 6.")] Zoom? Zoom,
    [FromQuery(Name = "precision")] [property: Description(ReachDescriptions.Precision)] Precision? Precision)
{
    public GeometryDetail Detail => GeometryDetail.Of(Zoom, Precision);
}
