using System.Diagnostics;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>Runs a tests/browser script (playwright-core driving Debian's chromium) against a running API.</summary>
public static class Browser
{
    /// <summary>Runs <paramref name="script"/> with the API's base URL, a screenshots folder and <paramref name="more"/>; asserts it exits 0.</summary>
    public static async Task RunAsync(string script, string baseUrl, TimeSpan timeout, params string[] more)
    {
        Assert.True(File.Exists(Path.Combine(Repository.Root, "tests", "browser", "node_modules", "playwright-core", "package.json")),
            "playwright-core is not installed: run ./scripts/test (it runs npm ci in tests/browser).");
        await NodeAsync(script, timeout, [baseUrl, Screenshots, .. more]);
    }

    /// <summary>Runs a tests/browser script with node; asserts it exits 0 and returns what it printed.</summary>
    public static async Task<string> NodeAsync(string script, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "tests", "browser", script));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(timeout);

        Assert.True(node.ExitCode == 0, $"{script} failed: {await stderr}\n{await stdout}");
        return await stdout;
    }

    /// <summary>Where the scripts save their screenshots: the test output folder's screenshots/.</summary>
    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "screenshots");
}
