using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Contracts;

// OGC API – Features – Part 1: Core 1.0 documents. Multi-word members keep the standard's camelCase.

public sealed record OgcLink(string Href, string Rel, string Type, string? Title = null);

public sealed record OgcLanding(string Title, string Description, IReadOnlyList<OgcLink> Links);

public sealed record OgcConformance([property: JsonPropertyName("conformsTo")] IReadOnlyList<string> ConformsTo);

public sealed record OgcSpatialExtent(IReadOnlyList<IReadOnlyList<double>> Bbox, string Crs);

public sealed record OgcTemporalExtent(IReadOnlyList<IReadOnlyList<string?>> Interval, string Trs);

public sealed record OgcExtent(
    OgcSpatialExtent Spatial,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OgcTemporalExtent? Temporal);

public sealed record OgcCollection(
    string Id, string Title, string Description, OgcExtent Extent,
    [property: JsonPropertyName("itemType")] string ItemType, IReadOnlyList<string> Crs, IReadOnlyList<OgcLink> Links);

public sealed record OgcCollections(IReadOnlyList<OgcLink> Links, IReadOnlyList<OgcCollection> Collections);

public sealed record OgcFeature(string Type, JsonElement Id, GeoJsonGeometry? Geometry, JsonElement Properties, IReadOnlyList<OgcLink>? Links);

public sealed record OgcFeatureCollection(
    string Type,
    [property: JsonPropertyName("numberMatched")] long NumberMatched,
    [property: JsonPropertyName("numberReturned")] long NumberReturned,
    IReadOnlyList<OgcLink> Links,
    IReadOnlyList<OgcFeature> Features);
