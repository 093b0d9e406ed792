using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

/// <summary>One queryable: its JSON Schema type (and closed list), or, for the geometry, its format; x-ogc-role marks the id and geometry.</summary>
public sealed record OgcQueryable(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Enum,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Format,
    [property: JsonPropertyName("x-ogc-role"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role);
