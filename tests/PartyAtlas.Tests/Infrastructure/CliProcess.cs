using System.Diagnostics;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>Runs the real CLI (PartyAtlas.Cli.dll, copied beside the tests) against a database.</summary>
public static class CliProcess
{
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string connectionString, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PartyAtlas.Cli.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["ConnectionStrings__PartyAtlas"] = connectionString;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));
        return (process.ExitCode, await stdout, await stderr);
    }
}
