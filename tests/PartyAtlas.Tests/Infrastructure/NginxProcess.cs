using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>
/// Debian's nginx as the caching load balancer of scripts/cluster, from the same templates
/// (scripts/nginx/*.template), on a loopback port of its own, over the given API processes.
/// </summary>
public sealed class NginxProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _prefix;

    private NginxProcess(Process process, string prefix, int port)
    {
        _process = process;
        _prefix = prefix;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    public string BaseUrl { get; }

    /// <summary>A free loopback port, to give the API its public base URL before nginx starts on it.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static async Task<NginxProcess> StartAsync(int port, params string[] upstreams)
    {
        Assert.True(File.Exists("/usr/sbin/nginx"), "nginx is missing: ./scripts/test installs it (apt-get install -y nginx-light).");
        var prefix = Directory.CreateTempSubdirectory("partyatlas-nginx-").FullName;
        foreach (var folder in new[] { "logs", "temp", "cache" })
        {
            Directory.CreateDirectory(Path.Combine(prefix, folder));
        }

        if (Environment.UserName == "root")
        {
            // Worker processes run as nobody when root starts nginx.
            using var chown = Process.Start("chown", ["-R", "nobody:", Path.Combine(prefix, "temp"), Path.Combine(prefix, "cache")]);
            await chown.WaitForExitAsync();
            File.SetUnixFileMode(prefix, (UnixFileMode)0b111_101_101);
        }

        var templates = Path.Combine(Repository.Root, "scripts", "nginx");
        var server = Path.Combine(prefix, "partyatlas.conf");
        await File.WriteAllTextAsync(server, (await File.ReadAllTextAsync(Path.Combine(templates, "partyatlas.conf.template")))
            .Replace("${PA_LISTEN}", $"127.0.0.1:{port}", StringComparison.Ordinal)
            .Replace("${PA_CACHE_DIR}", Path.Combine(prefix, "cache"), StringComparison.Ordinal)
            .Replace("${PA_UPSTREAMS}", string.Concat(upstreams.Select(u => $"server {new Uri(u).Authority}; ")), StringComparison.Ordinal));
        var conf = Path.Combine(prefix, "nginx.conf");
        await File.WriteAllTextAsync(conf, (await File.ReadAllTextAsync(Path.Combine(templates, "nginx.conf.template")))
            .Replace("${PA_PREFIX}", prefix, StringComparison.Ordinal)
            .Replace("${PA_INCLUDE}", server, StringComparison.Ordinal));

        var process = Process.Start(new ProcessStartInfo("nginx") { ArgumentList = { "-p", prefix, "-c", conf }, UseShellExecute = false, RedirectStandardError = true })!;
        var nginx = new NginxProcess(process, prefix, port);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var response = await http.GetAsync($"{nginx.BaseUrl}/health");
                if (response.IsSuccessStatusCode)
                {
                    return nginx;
                }
            }
            catch (HttpRequestException)
            {
            }

            Assert.False(process.HasExited, $"nginx exited: {await process.StandardError.ReadToEndAsync()}");
            await Task.Delay(100);
        }

        await nginx.DisposeAsync();
        throw new TimeoutException("nginx did not answer within 10 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_prefix, recursive: true);
    }
}
