namespace PartyAtlas.Api.Ogc.Html;

/// <summary>Endpoint metadata: this OGC resource also renders as an HTML page (f=html, or a browser's Accept).</summary>
public sealed record HtmlView(HtmlPage Page);

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
