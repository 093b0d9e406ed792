using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Parties;

/// <summary>GET /parties/{id}: one party.</summary>
public sealed record PartyRequest([FromRoute(Name = "id")] [property: Description("The party's registry id, e.g. NPL-CPNUML (INT-… for transnational organisations).")] PartyId Id);
