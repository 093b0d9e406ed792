using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

public sealed record OgcExtent(
    OgcSpatialExtent Spatial,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OgcTemporalExtent? Temporal);
