using System.Net;
using System.Net.Http.Headers;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Release;

/// <summary>GET /downloads: the current release, listed and served with ETags.</summary>
public sealed class DownloadTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Downloads_list_the_current_release_and_serve_its_files_with_etags()
    {
        var list = await api.Client.GetJsonAsync("/downloads");
        var version = await DatabaseState.ScalarAsync<string>(api.Database.ConnectionString, "SELECT version FROM current_data_version");
        var files = list.GetProperty("files").EnumerateArray().ToDictionary(f => f.Str("path")!, f => f);

        Assert.Equal(version, list.Str("data_version"));
        Assert.Contains(version, list.Str("how_to_cite"), StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", list.Str("date_released"));
        Assert.Contains($"({list.Str("date_released")![..4]})", list.Str("how_to_cite"), StringComparison.Ordinal);
        Assert.StartsWith($"@misc{{partyatlas_{version},", list.Str("bibtex"), StringComparison.Ordinal);
        Assert.Equal("CC-BY-4.0", list.Str("licence"));
        Assert.Subset(files.Keys.ToHashSet(), new HashSet<string> { "datapackage.json", "CITATION.cff", "CITATION.bib", "README.md", "data/participations.csv", "data/countries.csv" });

        // The CSVs are the files this version was imported from, byte for byte.
        var url = new Uri(files["data/participations.csv"].Str("url")!).PathAndQuery;
        using var csv = await api.Client.GetAsync(url);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Repository.Dialogues, "participations.csv")), await csv.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(csv.Headers.ETag);
        Assert.Equal(files["data/participations.csv"].GetProperty("bytes").GetInt64(), csv.Content.Headers.ContentLength);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(csv.Headers.ETag!);
        using var notModified = await api.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        await api.Client.GetProblemAsync("/downloads/data/nothing.csv", HttpStatusCode.NotFound);
        using var escape = await api.Client.GetAsync("/downloads/..%2F..%2F..%2Fetc%2Fpasswd");
        Assert.True(escape.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{escape.StatusCode}");
    }

    [Fact]
    public async Task A_browser_gets_downloads_as_a_page_with_the_citation_the_bibtex_and_a_link_to_every_file()
    {
        var list = await api.Client.GetJsonAsync("/downloads");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/downloads");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"); // a browser's
        using var page = await api.Client.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains(WebUtility.HtmlEncode(list.Str("how_to_cite")!), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(list.Str("bibtex")!), html, StringComparison.Ordinal);
        Assert.All(list.GetProperty("files").EnumerateArray(), f => Assert.Contains($"href=\"{WebUtility.HtmlEncode(f.Str("url"))}\"", html, StringComparison.Ordinal));

        // The same URL still answers JSON to a script (the response cache keeps the two apart), and f=html asks for the page.
        Assert.Equal(list.Str("data_version"), (await api.Client.GetJsonAsync("/downloads")).Str("data_version"));
        using var asked = await api.Client.GetAsync("/downloads?f=html");
        Assert.Equal("text/html", asked.Content.Headers.ContentType?.MediaType);
        Assert.Equal("f", (await api.Client.GetProblemAsync("/downloads?f=xml", HttpStatusCode.BadRequest)).Str("parameter"));
    }
}
