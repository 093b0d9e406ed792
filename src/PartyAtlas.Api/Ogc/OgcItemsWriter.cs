using System.Text;
using System.Text.Json;
using PartyAtlas.Core.Ogc;

namespace PartyAtlas.Api.Ogc;

/// <summary>Writes an items response: the page's features from PostGIS, wrapped with counts and paging links.</summary>
internal static class OgcItemsWriter
{
    public static byte[] Write(FeaturePage page, FeatureQuery query, HttpRequest request, string root, string collectionId)
    {
        var items = $"{root}/collections/{collectionId}/items";
        var links = new List<OgcLink>
        {
            new(Link(items, request, query.Offset, query.Limit, keepAsGiven: true), "self", MediaTypes.GeoJson, "This page"),
            new(VersionedUrls.With(request.HttpContext, $"{root}/collections/{collectionId}"), "collection", MediaTypes.Json, "The collection"),
        };
        if (query.Offset + page.NumberReturned < page.NumberMatched)
        {
            links.Add(new(Link(items, request, query.Offset + query.Limit, query.Limit), "next", MediaTypes.GeoJson, "Next page"));
        }

        if (query.Offset > 0)
        {
            links.Add(new(Link(items, request, Math.Max(0, query.Offset - query.Limit), query.Limit), "prev", MediaTypes.GeoJson, "Previous page"));
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteNumber("numberMatched", page.NumberMatched);
            writer.WriteNumber("numberReturned", page.NumberReturned);
            writer.WritePropertyName("links");
            JsonSerializer.Serialize(writer, links.Select(l => new { href = l.Href, rel = l.Rel, type = l.Type, title = l.Title }));
            writer.WritePropertyName("features");
            writer.WriteRawValue(page.Features, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The items URL with every original parameter kept, in order, offset/limit set, and `v` this page's data version.</summary>
    private static string Link(string items, HttpRequest request, int offset, int limit, bool keepAsGiven = false)
    {
        var pairs = request.Query.Where(q => q.Key != VersionedUrls.Parameter && (keepAsGiven || (q.Key != "offset" && q.Key != "limit")))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .ToList();
        if (!keepAsGiven)
        {
            pairs.Add($"limit={limit}");
            pairs.Add($"offset={offset}");
        }

        return VersionedUrls.With(request.HttpContext, pairs.Count == 0 ? items : $"{items}?{string.Join('&', pairs)}");
    }
}
