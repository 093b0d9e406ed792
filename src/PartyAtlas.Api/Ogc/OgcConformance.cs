using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

public sealed record OgcConformance([property: JsonPropertyName("conformsTo")] IReadOnlyList<string> ConformsTo);
