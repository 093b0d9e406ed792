namespace PartyAtlas.Api.Ogc.Html;

/// <summary>Endpoint metadata: this resource also renders as an HTML page (f=html, or a browser's Accept), from its JSON answer.</summary>
public sealed record HtmlView(HtmlRenderer Render);

/// <summary>Renders a resource's JSON answer (with its headers) as its page.</summary>
public delegate string HtmlRenderer(byte[] json, HttpRequest request, IReadOnlyDictionary<string, string>? headers);

public enum HtmlPage
{
    Landing,
    Conformance,
    Collections,
    Collection,
    Queryables,
    Items,
    Item,
}
