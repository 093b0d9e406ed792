using System.Diagnostics;
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
        var script = Path.Combine(Repository.Root, "tests", "browser", "viewer.mjs");
        Assert.True(File.Exists(Path.Combine(Repository.Root, "tests", "browser", "node_modules", "playwright-core", "package.json")),
            "playwright-core is not installed: run ./scripts/test (it runs npm ci in tests/browser).");
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(server.BaseUrl);
        start.ArgumentList.Add(screenshots);
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));

        Assert.True(node.ExitCode == 0, $"viewer check failed: {await stderr}\n{await stdout}");
        Assert.NotEmpty(Directory.GetFiles(screenshots, "*.png"));
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
