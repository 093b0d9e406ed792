using System.Collections.Frozen;
using System.Text;

namespace PartyAtlas.Core.Ogc;

/// <summary>Writes a page's features as a GeoJSON array in UTF-8, copying each country's prepared geometry.</summary>
internal static class FeatureArray
{
    private static readonly byte[] Null = "null"u8.ToArray();

    public static byte[] Write(List<(string Id, string? Key, string? Geometry, string Properties)> rows, FrozenDictionary<string, byte[]>? geometries)
    {
        byte[] GeometryOf((string Id, string? Key, string? Geometry, string Properties) row) =>
            row.Key is not null && geometries!.TryGetValue(row.Key, out var prepared) ? prepared
            : row.Geometry is not null ? Encoding.UTF8.GetBytes(row.Geometry) : Null;

        var parts = rows.Select(r => (Head: Encoding.UTF8.GetBytes($"{{\"type\": \"Feature\", \"id\": {r.Id}, \"geometry\": "),
            Geometry: GeometryOf(r), Properties: Encoding.UTF8.GetBytes(r.Properties))).ToList();
        using var output = new MemoryStream(parts.Sum(p => p.Head.Length + p.Geometry.Length + p.Properties.Length + 20) + 2);
        output.WriteByte((byte)'[');
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                output.Write(", "u8);
            }

            output.Write(parts[i].Head);
            output.Write(parts[i].Geometry);
            output.Write(", \"properties\": "u8);
            output.Write(parts[i].Properties);
            output.WriteByte((byte)'}');
        }

        output.WriteByte((byte)']');
        return output.ToArray();
    }
}
