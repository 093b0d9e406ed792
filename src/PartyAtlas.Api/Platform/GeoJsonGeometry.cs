using System.Text.Json;

namespace PartyAtlas.Api.Platform;

// These records document response shapes in the OpenAPI document. The bodies themselves
// are built by PostGIS; a test checks that the property names agree.
/// <summary>A GeoJSON geometry (RFC 7946): lon/lat, exterior rings counter-clockwise.</summary>
public sealed record GeoJsonGeometry(string Type, JsonElement Coordinates);
