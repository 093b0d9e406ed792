using System.Text.Json;
using System.Text.RegularExpressions;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace PartyAtlas.Core.Import;

/// <summary>
/// Reads countries.geojson: one Feature per country or region, keyed by its alpha-3 code.
/// Invalid geometries are repaired (GeometryFixer); one that cannot be repaired into a
/// polygonal geometry is a problem, as are a missing or duplicate code. A Point is accepted only for a
/// point place, flagged by <c>properties.geometry_source</c> starting with <c>point:</c> (geodata/README.md,
/// "Point places"); a polygon must not carry that flag.
/// </summary>
public static partial class CountryFileReader
{
    public const string FileName = "countries.geojson";

    /// <summary>The geometry_source of every shape (the default when the property is absent).</summary>
    public const string NaturalEarth = "natural-earth-1:50m";

    private const string PointPrefix = "point:";

    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(srid: 4326);

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory(Factory) } };

    public static IReadOnlyList<CountryRecord> Read(byte[] bytes, ProblemList problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            problems.Add(FileName, e.LineNumber + 1, null, $"malformed JSON: {e.Message}");
            return [];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "type") != "FeatureCollection"
                || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                problems.Add(FileName, null, null, "not a GeoJSON FeatureCollection with a 'features' array");
                return [];
            }

            var countries = new List<CountryRecord>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                if (ReadFeature(feature, index, problems) is { } country)
                {
                    if (seen.TryGetValue(country.Iso3, out var first))
                    {
                        problems.Add(FileName, null, Where(index, country.Iso3), $"duplicate code {country.Iso3} (first used by feature {first})");
                    }
                    else
                    {
                        seen[country.Iso3] = index;
                        countries.Add(country);
                    }
                }

                index++;
            }

            return countries;
        }
    }

    private static CountryRecord? ReadFeature(JsonElement feature, int index, ProblemList problems)
    {
        var properties = feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
            ? p
            : default;
        var iso3 = properties.ValueKind == JsonValueKind.Object ? Text(properties, "iso3") : null;
        var where = Where(index, iso3);
        if (iso3 is null || !Iso3().IsMatch(iso3))
        {
            problems.Add(FileName, null, where, iso3 is null
                ? "feature has no code (properties.iso3)"
                : $"code '{iso3}' is not three capital letters");
            return null;
        }

        var nameEn = Text(properties, "name_en");
        var kind = Text(properties, "kind");
        var codeSource = Text(properties, "code_source") ?? "iso3166";
        var ok = true;
        // Every text property is served again, also as a CSV cell: no formulas, no control characters (NUL
        // would not even reach the database).
        foreach (var property in properties.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
        {
            if (CsvTable.CellProblem(property.Value.GetString()!) is { } cellProblem)
            {
                problems.Add(FileName, null, where, $"properties.{property.Name}: {cellProblem}");
                ok = false;
            }
        }

        if (string.IsNullOrWhiteSpace(nameEn))
        {
            problems.Add(FileName, null, where, "feature has no name (properties.name_en)");
            ok = false;
        }

        if (kind is null || !ClosedLists.CountryKinds.Contains(kind))
        {
            problems.Add(FileName, null, where, $"kind '{kind}' is not one of: {string.Join(", ", ClosedLists.CountryKinds)}");
            ok = false;
        }

        if (!ClosedLists.CodeSources.Contains(codeSource))
        {
            problems.Add(FileName, null, where, $"code_source '{codeSource}' is not one of: {string.Join(", ", ClosedLists.CodeSources)}");
            ok = false;
        }

        var geometrySource = Text(properties, "geometry_source") ?? NaturalEarth;
        var isPointPlace = geometrySource.StartsWith(PointPrefix, StringComparison.Ordinal) && geometrySource.Length > PointPrefix.Length;
        if (!isPointPlace && geometrySource != NaturalEarth)
        {
            problems.Add(FileName, null, where, $"geometry_source '{geometrySource}' is neither '{NaturalEarth}' nor 'point:<source>'");
            ok = false;
        }

        var geometry = ReadGeometry(feature, where, isPointPlace, problems);
        if (!ok || geometry is null)
        {
            return null;
        }

        return new CountryRecord(iso3, Text(properties, "iso2"), Text(properties, "iso_numeric"), nameEn!, Text(properties, "name_zh"),
            kind!, Text(properties, "sovereign_iso3"), Text(properties, "un_region"), Text(properties, "un_subregion"), codeSource, geometry,
            geometrySource);
    }

    private static Geometry? ReadGeometry(JsonElement feature, string where, bool isPointPlace, ProblemList problems)
    {
        Geometry? geometry;
        try
        {
            geometry = feature.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object
                ? g.Deserialize<Geometry>(GeoJson)
                : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            problems.Add(FileName, null, where, $"unreadable geometry: {e.Message}");
            return null;
        }

        if (geometry is null || geometry.IsEmpty)
        {
            problems.Add(FileName, null, where, "feature has no geometry");
            return null;
        }

        var envelope = geometry.EnvelopeInternal;
        if (envelope.MinX < -180 || envelope.MaxX > 180 || envelope.MinY < -90 || envelope.MaxY > 90)
        {
            problems.Add(FileName, null, where, "coordinates outside lon -180…180 / lat -90…90 (GeoJSON is lon, lat)");
            return null;
        }

        if (geometry is Point point)
        {
            if (!isPointPlace)
            {
                problems.Add(FileName, null, where, "geometry is a Point without properties.geometry_source 'point:<source>'; only a flagged point place may be a Point");
                return null;
            }

            return point;
        }

        if (isPointPlace)
        {
            problems.Add(FileName, null, where, $"geometry is a {geometry.GeometryType} but properties.geometry_source is 'point:…'; a point place must be a Point");
            return null;
        }

        if (!geometry.IsValid)
        {
            var reason = new IsValidOp(geometry).ValidationError;
            geometry = GeometryFixer.Fix(geometry);
            if (geometry.IsEmpty || Polygons(geometry) is null)
            {
                problems.Add(FileName, null, where, $"invalid geometry that cannot be repaired ({reason?.Message ?? "invalid"})");
                return null;
            }
        }

        if (Polygons(geometry) is not { } multi)
        {
            problems.Add(FileName, null, where, $"geometry is a {geometry.GeometryType}; expected Polygon or MultiPolygon");
            return null;
        }

        return multi;
    }

    /// <summary>The geometry as a MultiPolygon, keeping only polygonal parts; null when it has none.</summary>
    private static MultiPolygon? Polygons(Geometry geometry)
    {
        var polygons = Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN)
            .SelectMany(g => g is GeometryCollection c ? Enumerable.Range(0, c.NumGeometries).Select(c.GetGeometryN) : [g])
            .OfType<Polygon>().Where(p => !p.IsEmpty && p.Area > 0).ToArray();
        var allPolygonal = geometry is Polygon or MultiPolygon || geometry.OgcGeometryType == OgcGeometryType.GeometryCollection;
        return polygons.Length == 0 || !allPolygonal ? null : Factory.CreateMultiPolygon(polygons);
    }

    private static string Where(int index, string? iso3) => iso3 is null ? $"feature {index}" : $"feature {index} ({iso3})";

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Iso3();
}
