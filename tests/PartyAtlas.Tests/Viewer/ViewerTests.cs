using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Viewer;

/// <summary>
/// The map viewer in a real browser: Debian's chromium driven by playwright-core (tests/browser/viewer.mjs)
/// against the real host. Screenshots land in the test output folder, under screenshots/.
/// </summary>
public sealed class ViewerTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_viewer_renders_reach_follows_the_slider_and_opens_a_popup_with_a_source_link()
    {
        await using var server = await ApiProcess.StartAsync(api.Database.ConnectionString);
        await Browser.RunAsync("viewer.mjs", server.BaseUrl, TimeSpan.FromMinutes(4));
        Assert.NotEmpty(Directory.GetFiles(Browser.Screenshots, "viewer-*.png"));
    }

    [Fact]
    public async Task A_shared_link_reopens_the_view_download_map_fetches_the_figure_and_the_embed_mode_hides_the_panel()
    {
        await using var server = await ApiProcess.StartAsync(api.Database.ConnectionString);
        await Browser.RunAsync("viewer-share.mjs", server.BaseUrl, TimeSpan.FromMinutes(3));
    }

    [Fact]
    public async Task The_page_is_served_with_a_content_security_policy_and_its_vendor_script()
    {
        await using var server = await ApiProcess.StartAsync(api.Database.ConnectionString);
        using var http = new HttpClient();

        using var page = await http.GetAsync($"{server.BaseUrl}/");
        using var maplibre = await http.GetAsync($"{server.BaseUrl}/vendor/maplibre-gl/maplibre-gl-csp.js");

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(maplibre.IsSuccessStatusCode, "MapLibre GL JS is not served: run npm ci in src/PartyAtlas.Api/viewer before building.");
    }
}
