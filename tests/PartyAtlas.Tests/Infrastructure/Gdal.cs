using System.Diagnostics;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>Runs GDAL's command-line tools (Debian gdal-bin, installed by ./scripts/test) as a real client would.</summary>
public static class Gdal
{
    public static Task<string> OgrInfoAsync(params string[] args) => RunAsync("ogrinfo", args);

    public static Task<string> Ogr2OgrAsync(params string[] args) => RunAsync("ogr2ogr", args);

    private static async Task<string> RunAsync(string tool, string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["GDAL_HTTP_TIMEOUT"] = "60";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} not found: install gdal-bin (./scripts/test does).", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            var output = await stdout;
            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}");
            return output;
        }
    }

    /// <summary>The values of one string field across the features ogrinfo printed (-al without -so).</summary>
    public static IReadOnlyList<string> FieldValues(string ogrinfoOutput, string field) =>
        ogrinfoOutput.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith($"{field} (String) = ", StringComparison.Ordinal))
            .Select(l => l[$"{field} (String) = ".Length..])
            .ToArray();
}
