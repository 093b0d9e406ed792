using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Sources;

/// <summary>GET /sources/{id}: one source.</summary>
public sealed record SourceRequest([FromRoute(Name = "id")] [property: Description("The source's label, e.g. S14 or T3.")] SourceId Id);
