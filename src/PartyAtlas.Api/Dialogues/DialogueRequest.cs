using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Dialogues;

/// <summary>GET /dialogues/{id}: one event.</summary>
public sealed record DialogueRequest(
    [FromRoute(Name = "id")] [property: Description("The event's id, e.g. hlm-2017 or summit-2021.")] DialogueId Id);
