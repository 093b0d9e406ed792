using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>Reads GeoJSON responses back with NetTopologySuite, the way a client library would.</summary>
public static class GeoJsonReader
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    public sealed record Feature(string? Id, Geometry? Geometry, JsonElement Properties);

    public static IReadOnlyList<Feature> Features(JsonElement collection)
    {
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        return collection.GetProperty("features").EnumerateArray().Select(ReadFeature).ToArray();
    }

    public static Feature ReadFeature(JsonElement feature)
    {
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        var geometry = feature.GetProperty("geometry");
        return new Feature(
            feature.TryGetProperty("id", out var id) ? id.ToString() : null,
            geometry.ValueKind == JsonValueKind.Null ? null : geometry.Deserialize<Geometry>(Options),
            feature.GetProperty("properties").Clone());
    }

    /// <summary>RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise; valid; lon/lat in range.</summary>
    public static void AssertRfc7946(Geometry geometry, string what)
    {
        Assert.True(geometry.IsValid, $"{what}: invalid geometry");
        var envelope = geometry.EnvelopeInternal;
        Assert.True(envelope.MinX >= -180 && envelope.MaxX <= 180 && envelope.MinY >= -90 && envelope.MaxY <= 90, $"{what}: not lon/lat");
        foreach (var polygon in Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>())
        {
            Assert.True(Orientation.IsCCW(polygon.ExteriorRing.CoordinateSequence), $"{what}: exterior ring is clockwise");
            Assert.All(polygon.InteriorRings, hole => Assert.False(Orientation.IsCCW(hole.CoordinateSequence), $"{what}: hole is counter-clockwise"));
        }
    }
}
