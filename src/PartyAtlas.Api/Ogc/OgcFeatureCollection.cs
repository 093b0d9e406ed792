using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

public sealed record OgcFeatureCollection(
    string Type,
    [property: JsonPropertyName("numberMatched")] long NumberMatched,
    [property: JsonPropertyName("numberReturned")] long NumberReturned,
    IReadOnlyList<OgcLink> Links,
    IReadOnlyList<OgcFeature> Features);
