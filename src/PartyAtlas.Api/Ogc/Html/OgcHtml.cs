using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartyAtlas.Core.Ogc;

namespace PartyAtlas.Api.Ogc.Html;

/// <summary>
/// The HTML pages of the OGC API, rendered on the server from the very JSON the resource answers, so the
/// two cannot disagree: landing, conformance, collections, one collection, its queryables, a page of
/// items (with a small map and previous/next) and one item. Every text is HTML-encoded; the only
/// style is /ogc.css; there is no script.
/// </summary>
internal static class OgcHtml
{
    public static string Render(HtmlPage page, byte[] json, HttpRequest request, IReadOnlyDictionary<string, string>? headers)
    {
        var body = JsonNode.Parse(json)!;
        var root = OgcEndpoints.Root(request);
        var (title, crumbs, main) = page switch
        {
            HtmlPage.Landing => ((string?)body["title"] ?? "OGC API", Crumbs(root), Landing(body)),
            HtmlPage.Conformance => ("Conformance", Crumbs(root, ("Conformance", null)), Conformance(body)),
            HtmlPage.Collections => ("Collections", Crumbs(root, ("Collections", null)), Collections(body)),
            HtmlPage.Collection => ((string?)body["title"] ?? "Collection", Crumbs(root, ("Collections", $"{root}/collections"), ((string?)body["title"], null)), Collection(body)),
            HtmlPage.Queryables => ($"Queryables: {body["title"]}", CollectionCrumbs(root, request, ("Queryables", null)), Queryables(body)),
            HtmlPage.Items => ($"{CollectionTitle(request)}: features", CollectionCrumbs(root, request, ("Items", null)), Items(body, headers)),
            _ => ((string?)body["id"] ?? "Feature", CollectionCrumbs(root, request, ("Items", $"{root}/collections/{CollectionId(request)}/items"), ((string?)body["id"], null)), Item(body, headers)),
        };

        return Document(request, title, crumbs, main);
    }

    /// <summary>A page of PartyAtlas: its title, breadcrumbs, a link to the JSON, the content, and the footer; /ogc.css, no script.</summary>
    public static string Document(HttpRequest request, string title, string crumbs, string main) => $"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)} – PartyAtlas</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="{E(PublicUrls.Base(request))}/ogc.css">
        <link rel="alternate" type="application/json" href="{E(WithFormat(request, "json"))}">
        </head>
        <body>
        <header><nav aria-label="Breadcrumbs">{crumbs}</nav><a class="format" href="{E(WithFormat(request, "json"))}">JSON</a></header>
        <main>
        <h1>{E(title)}</h1>
        {main}
        </main>
        <footer>PartyAtlas · every list of participants is partial; silence is never absence · boundaries: Natural Earth (public domain) · <a href="{E(PublicUrls.Base(request))}/">map viewer</a> · <a href="{E(PublicUrls.Base(request))}/downloads">download and cite</a> · <a href="{E(PublicUrls.Base(request))}/docs">API documentation</a></footer>
        </body>
        </html>
        """;

    private static string Landing(JsonNode body)
    {
        var html = new StringBuilder($"<p>{E((string?)body["description"])}</p><ul class=\"links\">");
        foreach (var link in Links(body).Where(l => l.Rel != "self"))
        {
            html.Append($"<li>{Anchor(link)}</li>");
        }

        return html.Append("</ul>").ToString();
    }

    private static string Conformance(JsonNode body) =>
        "<p>The conformance classes this API implements.</p><ul class=\"links\">"
        + string.Concat(body["conformsTo"]!.AsArray().Select(c => $"<li><code>{E((string?)c)}</code></li>")) + "</ul>";

    private static string Collections(JsonNode body) => string.Concat(body["collections"]!.AsArray().Select(c =>
    {
        var self = Links(c!).FirstOrDefault(l => l.Rel == "self");
        return $"<section class=\"collection\"><h2>{(self is null ? E((string?)c!["title"]) : $"<a href=\"{E(Html(self.Href))}\">{E((string?)c!["title"])}</a>")} <code>{E((string?)c!["id"])}</code></h2>"
            + $"<p>{E((string?)c!["description"])}</p>{Extent(c!)}</section>";
    }));

    private static string Collection(JsonNode body)
    {
        var html = new StringBuilder($"<p><code>{E((string?)body["id"])}</code></p><p>{E((string?)body["description"])}</p>{Extent(body)}");
        html.Append("<h2>Links</h2><ul class=\"links\">");
        foreach (var link in Links(body).Where(l => l.Rel != "self"))
        {
            html.Append($"<li>{Anchor(link)}</li>");
        }

        html.Append("</ul><h2>Coordinate reference systems</h2><ul>");
        foreach (var crs in body["crs"]?.AsArray() ?? [])
        {
            html.Append($"<li><code>{E((string?)crs)}</code>{((string?)crs == (string?)body["storageCrs"] ? " (storage, default)" : "")}</li>");
        }

        return html.Append("</ul>").ToString();
    }

    private static string Queryables(JsonNode body)
    {
        var html = new StringBuilder("<p>Use these in <code>filter</code> (CQL2, e.g. <code>year &gt;= 2021 AND evidence_type = 'spoke'</code>), in <code>sortby</code> and, where listed as filters, as query parameters.</p>");
        html.Append("<table><thead><tr><th>Name</th><th>Type</th><th>Values</th><th>Description</th></tr></thead><tbody>");
        foreach (var (name, schema) in body["properties"]!.AsObject())
        {
            var type = (string?)schema!["type"] ?? (string?)schema["format"];
            var format = schema["type"] is not null && schema["format"] is not null ? $" ({schema["format"]})" : "";
            var values = schema["enum"]?.AsArray().Select(v => (string?)v) is { } list ? string.Join(", ", list) : "";
            html.Append($"<tr><td><code>{E(name)}</code></td><td>{E(type + format)}</td><td>{E(values)}</td><td>{E((string?)schema["description"])}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Items(JsonNode body, IReadOnlyDictionary<string, string>? headers)
    {
        var features = body["features"]!.AsArray();
        var links = Links(body);
        var offset = Offset(links.FirstOrDefault(l => l.Rel == "self")?.Href);
        var html = new StringBuilder();
        html.Append($"<p class=\"count\">{body["numberMatched"]} matched; {(features.Count == 0 ? "none on this page" : $"{offset + 1}–{offset + features.Count} shown")}.</p>");
        html.Append("<nav class=\"pages\" aria-label=\"Pages\">");
        foreach (var link in links.Where(l => l.Rel is "prev" or "next"))
        {
            html.Append($"<a rel=\"{link.Rel}\" href=\"{E(Html(link.Href))}\">{(link.Rel == "prev" ? "← Previous" : "Next →")}</a>");
        }

        html.Append("</nav>").Append(Map(features.Select(f => f?["geometry"]).ToArray(), headers));
        // The id leads each row (a link to the feature); a property repeating it is not shown twice.
        var columns = features.SelectMany(f => f!["properties"]?.AsObject().Select(p => p.Key) ?? []).Distinct().Where(c => c != "id").ToArray();
        html.Append("<div class=\"table\"><table><thead><tr><th>id</th>");
        html.Append(string.Concat(columns.Select(c => $"<th>{E(c)}</th>")));
        html.Append("</tr></thead><tbody>");
        foreach (var feature in features)
        {
            var id = feature!["id"]?.ToString();
            html.Append($"<tr><td><a href=\"{E(Html($"{ItemsBase(links)}/{Uri.EscapeDataString(id ?? "")}"))}\">{E(id)}</a></td>");
            html.Append(string.Concat(columns.Select(c => $"<td>{Value(feature["properties"]?[c])}</td>")));
            html.Append("</tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }

    private static string Item(JsonNode body, IReadOnlyDictionary<string, string>? headers)
    {
        var html = new StringBuilder(Map([body["geometry"]], headers));
        html.Append("<table class=\"properties\"><tbody>");
        foreach (var (name, value) in body["properties"]?.AsObject() ?? [])
        {
            html.Append($"<tr><th>{E(name)}</th><td>{Value(value)}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    // Maps are drawn in CRS84 only: a page asked for in another CRS says so instead.
    private static string Map(IReadOnlyList<JsonNode?> geometries, IReadOnlyDictionary<string, string>? headers) =>
        headers?.TryGetValue("Content-Crs", out var crs) == true && crs != $"<{OgcCrs.Crs84}>"
            ? "<p class=\"note\">No map: the geometry is in another CRS than CRS84.</p>"
            : $"<figure>{SvgMap.Render(geometries)}</figure>";

    private static string Extent(JsonNode collection)
    {
        var bbox = collection["extent"]?["spatial"]?["bbox"]?[0]?.AsArray().Select(v => (double)v!).ToArray();
        var interval = collection["extent"]?["temporal"]?["interval"]?[0]?.AsArray();
        var text = new StringBuilder("<dl class=\"extent\">");
        if (bbox is { Length: 4 })
        {
            text.Append($"<dt>Extent</dt><dd>{bbox[0]:0.##}, {bbox[1]:0.##} to {bbox[2]:0.##}, {bbox[3]:0.##} (longitude, latitude)</dd>");
        }

        if (interval is not null)
        {
            text.Append($"<dt>Time</dt><dd>{E((string?)interval[0] ?? "..")} to {E((string?)interval[1] ?? "..")}</dd>");
        }

        return text.Append("</dl>").ToString();
    }

    private sealed record Link(string Href, string Rel, string? Type, string? Title);

    private static List<Link> Links(JsonNode node) => (node["links"]?.AsArray() ?? [])
        .Select(l => new Link((string)l!["href"]!, (string?)l["rel"] ?? "", (string?)l["type"], (string?)l["title"])).ToList();

    // A link to a JSON resource of this API opens its page; anything else (OpenAPI, docs, tiles) as it is.
    private static string Anchor(Link link)
    {
        var own = link.Type is "application/json" or "application/geo+json" && link.Href.Contains(OgcEndpoints.Prefix, StringComparison.Ordinal)
            && !link.Href.Contains("/tiles", StringComparison.Ordinal) && !link.Href.Contains("tileMatrixSets", StringComparison.Ordinal);
        return $"<a href=\"{E(own ? Html(link.Href) : link.Href)}\">{E(link.Title ?? link.Href)}</a> <span class=\"rel\">{E(link.Rel)}</span>";
    }

    private static string Crumbs(string root, params (string? Title, string? Href)[] trail) =>
        string.Join(" › ", new (string? Title, string? Href)[] { ("OGC API", root) }.Concat(trail)
            .Select(c => c.Item2 is null ? $"<span>{E(c.Item1)}</span>" : $"<a href=\"{E(Html(c.Item2))}\">{E(c.Item1)}</a>"));

    private static string CollectionCrumbs(string root, HttpRequest request, params (string? Title, string? Href)[] trail) =>
        Crumbs(root, [("Collections", $"{root}/collections"), (CollectionTitle(request), $"{root}/collections/{CollectionId(request)}"), .. trail]);

    private static string CollectionId(HttpRequest request) => request.Path.Value!.Split('/')[3];

    private static string CollectionTitle(HttpRequest request) => FeatureCollections.Find(CollectionId(request))?.Title ?? CollectionId(request);

    private static string ItemsBase(List<Link> links) =>
        links.FirstOrDefault(l => l.Rel == "self")?.Href.Split('?')[0] ?? "";

    private static int Offset(string? href) =>
        href is not null && href.Split('?').Skip(1).SelectMany(q => q.Split('&')).FirstOrDefault(p => p.StartsWith("offset=", StringComparison.Ordinal)) is { } o
        && int.TryParse(o["offset=".Length..], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static string Value(JsonNode? value) => value switch
    {
        null => "<span class=\"null\">–</span>",
        JsonValue v when v.TryGetValue<string>(out var s) && Uri.TryCreate(s, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" =>
            $"<a href=\"{E(s)}\" rel=\"noreferrer\">{E(s)}</a>",
        JsonValue v when v.TryGetValue<string>(out var s) => E(s),
        _ => E(value.ToJsonString()),
    };

    /// <summary>The URL with f=html (replacing any f), so links between pages stay pages.</summary>
    private static string Html(string href) => WithFormat(href, "html");

    private static string WithFormat(HttpRequest request, string format) =>
        WithFormat(PublicUrls.Base(request) + request.Path + request.QueryString, format);

    private static string WithFormat(string href, string format)
    {
        var parts = href.Split('?', 2);
        var query = parts.Length == 2 ? parts[1].Split('&').Where(p => p.Length > 0 && !p.StartsWith("f=", StringComparison.Ordinal)) : [];
        return $"{parts[0]}?{string.Join('&', query.Append($"f={format}"))}";
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
