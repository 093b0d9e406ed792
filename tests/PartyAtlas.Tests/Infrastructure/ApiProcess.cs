using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>
/// The real API host (PartyAtlas.Api.dll under Kestrel) for clients that need a socket — GDAL, a
/// browser. Kestrel binds loopback port 0 and the address it got is read from its "Now listening on"
/// log line, so no port is probed for beforehand (and none can be taken in between). Stopped on dispose.
/// </summary>
public sealed partial class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private const int MaxLogLines = 5000;

    private readonly ConcurrentQueue<string> _log;

    private ApiProcess(Process process, string baseUrl, ConcurrentQueue<string> log)
    {
        _process = process;
        BaseUrl = baseUrl;
        _log = log;
    }

    public string BaseUrl { get; }

    /// <summary>
    /// What the process has written so far (its first <see cref="MaxLogLines"/> lines); request lines need
    /// Logging__LogLevel__PartyAtlas.Requests=Information in the environment.
    /// </summary>
    public IReadOnlyList<string> Log => _log.ToArray();

    /// <summary>The process's resident memory now, in MiB (Linux /proc).</summary>
    public double ResidentMegabytes =>
        File.ReadLines($"/proc/{_process.Id}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024)
            .Single();

    public bool HasExited => _process.HasExited;

    /// <param name="waitForDatabase">false: wait only for liveness (/health), e.g. to start with the database down.</param>
    /// <param name="environment">more settings, e.g. DOTNET_GCHeapHardLimit or PartyAtlas__… options.</param>
    public static async Task<ApiProcess> StartAsync(string connectionString, bool waitForDatabase = true, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PartyAtlas.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ConnectionStrings__PartyAtlas"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The lifetime's "Now listening on: http://127.0.0.1:NNNNN" is how the port is known.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        start.Environment["PartyAtlas__RateLimits__Enabled"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new ConcurrentQueue<string>();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Watch(e.Data);
        process.ErrorDataReceived += (_, e) => Watch(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        void Watch(string? line)
        {
            if (line is null)
            {
                return;
            }

            if (log.Count < MaxLogLines)
            {
                log.Enqueue(line);
            }

            if (ListeningOn().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(match.Groups["url"].Value);
            }
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != listening.Task)
        {
            if (first != exited)
            {
                process.Kill(entireProcessTree: true);
            }

            throw new InvalidOperationException(
                $"The API {(first == exited ? $"exited with code {process.ExitCode}" : "did not report a listening address within 60 s")}:\n{string.Join('\n', log)}");
        }

        var baseUrl = await listening.Task;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync($"{baseUrl}/health{(waitForDatabase ? "/ready" : "")}");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new ApiProcess(process, baseUrl, log);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {process.ExitCode} before it was ready.");
            }

            await Task.Delay(200);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The API was not ready within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://[^\s""]+)")]
    private static partial Regex ListeningOn();
}
