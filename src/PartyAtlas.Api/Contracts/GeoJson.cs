using System.Text.Json;

namespace PartyAtlas.Api.Contracts;

// These records document response shapes in the OpenAPI document. The bodies themselves
// are built by PostGIS; a test checks that the property names agree.

/// <summary>A GeoJSON geometry (RFC 7946): lon/lat, exterior rings counter-clockwise.</summary>
public sealed record GeoJsonGeometry(string Type, JsonElement Coordinates);

public sealed record CountryProperties(
    string Iso3, string? Iso2, string? IsoNumeric, string NameEn, string? NameZh, string Kind, string? SovereignIso3,
    string? UnRegion, string? UnSubregion, string CodeSource, double AreaKm2, double LabelLon, double LabelLat);

public sealed record CountryFeature(string Type, string Id, GeoJsonGeometry Geometry, CountryProperties Properties);

public sealed record CountryFeatureCollection(string Type, string? DataVersion, IReadOnlyList<CountryFeature> Features);

public sealed record CountryDetailProperties(
    string Iso3, string? Iso2, string? IsoNumeric, string NameEn, string? NameZh, string Kind, string? SovereignIso3,
    string? UnRegion, string? UnSubregion, string CodeSource, double AreaKm2, double LabelLon, double LabelLat,
    int Participations, string? DataVersion);

public sealed record CountryDetailFeature(string Type, string Id, GeoJsonGeometry Geometry, CountryDetailProperties Properties);
