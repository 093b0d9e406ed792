using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

/// <summary>A collection's queryables as JSON Schema (OGC API – Features – Part 3): what may be filtered and sorted on.</summary>
public sealed record OgcQueryables(
    [property: JsonPropertyName("$schema")] string Schema,
    [property: JsonPropertyName("$id")] string Id,
    string Type, string Title,
    IReadOnlyDictionary<string, OgcQueryable> Properties,
    [property: JsonPropertyName("additionalProperties")] bool AdditionalProperties);
