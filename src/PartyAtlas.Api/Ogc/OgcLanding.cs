using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

public sealed record OgcLanding(string Title, string Description, IReadOnlyList<OgcLink> Links);
