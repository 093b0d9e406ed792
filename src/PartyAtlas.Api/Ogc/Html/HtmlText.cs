namespace PartyAtlas.Api.Ogc.Html;

/// <summary>A server-rendered page; the viewer's Content-Security-Policy is added to every text/html answer.</summary>
public sealed class HtmlText(string html) : PrebuiltBodyResult(html, "text/html");
