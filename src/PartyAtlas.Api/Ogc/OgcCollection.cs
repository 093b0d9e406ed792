using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

public sealed record OgcCollection(
    string Id, string Title, string Description, OgcExtent Extent,
    [property: JsonPropertyName("itemType")] string ItemType, IReadOnlyList<string> Crs,
    [property: JsonPropertyName("storageCrs")] string StorageCrs, IReadOnlyList<OgcLink> Links);
