using System.Net;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Ogc;

/// <summary>The OGC API's HTML pages: negotiated like the rest, escaped, and working in a real browser.</summary>
public sealed class OgcHtmlTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Fact]
    public async Task The_pages_render_in_chromium_with_no_console_errors_and_no_requests_leaving_the_host()
    {
        await using var server = await ApiProcess.StartAsync(api.Database.ConnectionString);
        await Browser.RunAsync("ogc-pages.mjs", server.BaseUrl, TimeSpan.FromMinutes(3));
    }

    [Theory]
    [InlineData("/ogc")]
    [InlineData("/ogc/conformance")]
    [InlineData("/ogc/collections")]
    [InlineData("/ogc/collections/reach")]
    [InlineData("/ogc/collections/reach/queryables")]
    [InlineData("/ogc/collections/reach/items?year=2021")]
    [InlineData("/ogc/collections/reach/items/RUS-2021")]
    public async Task A_browser_gets_the_page_and_a_client_asking_for_json_gets_json_from_the_same_url(string url)
    {
        using var page = await Get(url, BrowserAccept);
        using var json = await Get(url, "application/json");
        using var forced = await Get(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "f=json", BrowserAccept);
        using var asked = await Get(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "f=html", "application/json");

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.StartsWith("<!doctype html>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual("text/html", json.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual("text/html", forced.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/html", asked.Content.Headers.ContentType?.MediaType);
        // The response cache keeps the two apart, and says so to caches in between.
        Assert.Contains("Accept", json.Headers.Vary);
    }

    [Fact]
    public async Task Text_from_the_request_or_the_data_is_escaped_never_markup()
    {
        const string payload = "<script>alert(1)</script>";
        var filter = Uri.EscapeDataString($"party = '{payload}' OR note LIKE '%\"><img src=x>%'");
        using var response = await Get($"/ogc/collections/participations/items?f=html&filter={filter}", BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("0 matched", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_items_page_has_a_map_of_its_features_and_links_that_stay_pages()
    {
        using var response = await Get("/ogc/collections/reach/items?year=2021&limit=10&f=html", "*/*");
        var html = await response.Content.ReadAsStringAsync();
        var matched = (await api.Client.GetJsonAsync("/ogc/collections/reach/items?year=2021&limit=1", "application/geo+json")).GetProperty("numberMatched").GetInt32();

        Assert.Contains($"{matched} matched; 1–10 shown", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"map\"", html, StringComparison.Ordinal);
        Assert.Matches("rel=\"next\" href=\"http://localhost/ogc/collections/reach/items\\?year=2021&amp;limit=10&amp;offset=10&amp;v=[0-9a-f]{16}&amp;f=html\"", html);
        Assert.Contains("href=\"http://localhost/ogc/collections/reach/items/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Get(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        return await api.Client.SendAsync(request);
    }
}
