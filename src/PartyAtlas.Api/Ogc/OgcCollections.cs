using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

public sealed record OgcCollections(IReadOnlyList<OgcLink> Links, IReadOnlyList<OgcCollection> Collections);
