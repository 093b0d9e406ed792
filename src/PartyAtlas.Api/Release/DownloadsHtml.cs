using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartyAtlas.Api.Ogc.Html;

namespace PartyAtlas.Api.Release;

/// <summary>
/// /downloads as a page, for the researcher who follows the viewer's "Download and cite" link: how to cite the
/// release (text and BibTeX), its licence, and each file with its size. Rendered from the JSON answer itself.
/// </summary>
internal static class DownloadsHtml
{
    private static readonly Dictionary<string, string> What = new(StringComparer.Ordinal)
    {
        ["README.md"] = "Definitions, and the coverage of every event (named participants against the official counts)",
        ["CITATION.cff"] = "How to cite (Citation File Format 1.2.0; GitHub, Zenodo and Zotero read it)",
        ["CITATION.bib"] = "How to cite, as BibTeX",
        ["datapackage.json"] = "Frictionless Data Package: every CSV's columns, types, keys and closed lists",
        ["partyatlas.gpkg"] = "GeoPackage for QGIS and GDAL: countries, participations, reach per country and year, dialogues",
    };

    public static string Render(byte[] json, HttpRequest request, IReadOnlyDictionary<string, string>? headers)
    {
        var list = JsonNode.Parse(json)!;
        var main = new StringBuilder();
        main.Append(CultureInfo.InvariantCulture, $"<p>Data version <code>{E((string?)list["data_version"])}</code>, released {E((string?)list["date_released"])}. ");
        main.Append(CultureInfo.InvariantCulture, $"Licence: <a href=\"{E((string?)list["licence_url"])}\">{E((string?)list["licence"])}</a>. ");
        main.Append("Every list of participants is partial: a country or party not listed is not known to have been absent.</p>");
        main.Append("<h2>How to cite</h2>");
        main.Append(CultureInfo.InvariantCulture, $"<blockquote id=\"citation\">{E((string?)list["how_to_cite"])}</blockquote>");
        main.Append(CultureInfo.InvariantCulture, $"<pre id=\"bibtex\"><code>{E((string?)list["bibtex"])}</code></pre>");
        main.Append("<h2>Files</h2><div class=\"table\"><table><thead><tr><th>File</th><th>Size</th><th>What</th></tr></thead><tbody>");
        foreach (var file in list["files"]!.AsArray())
        {
            var path = (string)file!["path"]!;
            var what = What.GetValueOrDefault(path) ?? (path.StartsWith("data/", StringComparison.Ordinal) ? "A table of the dataset (CSV, UTF-8, described in datapackage.json)" : "");
            main.Append(CultureInfo.InvariantCulture,
                $"<tr><td><a href=\"{E((string?)file["url"])}\" download>{E(path)}</a></td><td>{Size((long)file["bytes"]!)}</td><td>{E(what)}</td></tr>");
        }

        main.Append("</tbody></table></div>");
        var crumbs = $"<a href=\"{E(PublicUrls.Base(request))}/\">PartyAtlas</a> › <span>Downloads</span>";
        return OgcHtml.Document(request, "Download and cite the dataset", crumbs, main.ToString());
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB"),
    };

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
