using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>
/// The real API host (PartyAtlas.Api.dll under Kestrel) on a free loopback port, for clients that
/// need a socket — GDAL, a browser. Stopped on dispose.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <param name="waitForDatabase">false: wait only for liveness (/health), e.g. to start with the database down.</param>
    public static async Task<ApiProcess> StartAsync(string connectionString, bool waitForDatabase = true)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PartyAtlas.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        start.Environment["ConnectionStrings__PartyAtlas"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["PartyAtlas__RateLimits__Enabled"] = "false";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync($"{baseUrl}/health{(waitForDatabase ? "/ready" : "")}");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new ApiProcess(process, baseUrl);
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
