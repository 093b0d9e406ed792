using NetTopologySuite.Geometries;

namespace PartyAtlas.Core.Import;

/// <summary>
/// A country or region as read from countries.geojson. <see cref="Geometry"/> is a MultiPolygon, or a Point
/// for a point place (<see cref="GeometrySource"/> starting with <c>point:</c>).
/// </summary>
public sealed record CountryRecord(
    string Iso3, string? Iso2, string? IsoNumeric, string NameEn, string? NameZh, string Kind,
    string? SovereignIso3, string? UnRegion, string? UnSubregion, string CodeSource, Geometry Geometry,
    string GeometrySource = CountryFileReader.NaturalEarth);
