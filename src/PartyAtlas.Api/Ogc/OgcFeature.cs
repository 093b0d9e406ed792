using System.Text.Json;

namespace PartyAtlas.Api.Ogc;

public sealed record OgcFeature(string Type, JsonElement Id, GeoJsonGeometry? Geometry, JsonElement Properties, IReadOnlyList<OgcLink>? Links);
