using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace PartyAtlas.Bench;

/// <summary>
/// The "hostile load" table: slow readers of the largest page, the largest page at 64 and 300
/// connections, and a mixed load with one flooding client (clients told apart by X-Forwarded-For from
/// the trusted loopback proxy, rate limits on). Each row: RSS peak of the API, /health p99 measured
/// beside the load, and the status counts.
/// </summary>
internal static class HostileBench
{
    private const string LargestPage = "/ogc/collections/participations/items?limit=1000";

    public static async Task<int> RunAsync(string api, int pid, int seconds)
    {
        Console.WriteLine("| load | requests | status counts | /health p50 ms | /health p99 ms | API RSS peak MiB |");
        Console.WriteLine("|---|---|---|---|---|---|");
        await Row("600 slow readers of the largest page (1 KiB receive window, no reads)", api, pid, seconds, SlowReaders(api, 600));
        foreach (var connections in new[] { 64, 300 })
        {
            // Each connection its own client (X-Forwarded-For from the trusted loopback), so the per-client limits apply as in life.
            await Row($"largest page ({LargestPage}) at {connections} connections, one client each", api, pid, seconds,
                Hammer(api, connections, i => (LargestPage, $"10.1.{i / 250}.{i % 250}", "")));
        }

        // One client floods /reach with distinct years and zooms (cache misses) while 16 ordinary clients browse.
        var random = new Random(20261202);
        await Row("mixed: 1 flooding client (64 connections, uncached pages) + 16 ordinary clients", api, pid, seconds,
            Hammer(api, 80, i => i < 64
                ? ($"/ogc/collections/participations/items?limit=500&offset={random.Next(0, 300)}", "10.0.0.1", "flooder ")
                : ("/reach?year=2021&zoom=0&precision=3", $"10.0.1.{i}", "ordinary ")));
        return 0;
    }

    private static async Task Row(string name, string api, int pid, int seconds, Func<CancellationToken, Task<ConcurrentDictionary<string, int>>> load)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var running = load(stop.Token);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var health = new List<double>();
        var peak = 0.0;
        while (!stop.IsCancellationRequested)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await http.GetAsync(api + "/health");
            }
            catch (HttpRequestException)
            {
            }

            health.Add(watch.Elapsed.TotalMilliseconds);
            peak = Math.Max(peak, Rss(pid));
            await Task.Delay(50);
        }

        var statuses = await running;
        health.Sort();
        Console.WriteLine($"| {name} | {statuses.Values.Sum():N0} | {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value:N0}"))} | " +
            $"{health[health.Count / 2]:F1} | {health[Math.Min(health.Count - 1, (int)Math.Ceiling(health.Count * 0.99) - 1)]:F1} | {peak:F0} |");
        await Task.Delay(2000); // let the process settle before the next row
    }

    private static Func<CancellationToken, Task<ConcurrentDictionary<string, int>>> SlowReaders(string api, int count) => async ct =>
    {
        var uri = new Uri(api);
        var sockets = new List<Socket>();
        var statuses = new ConcurrentDictionary<string, int>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 1024 };
                await socket.ConnectAsync(uri.Host, uri.Port, ct);
                await socket.SendAsync(Encoding.ASCII.GetBytes($"GET {LargestPage} HTTP/1.1\r\nHost: {uri.Authority}\r\n\r\n"), ct);
                sockets.Add(socket);
            }

            await Task.Delay(Timeout.Infinite, ct).ContinueWith(_ => { }, TaskScheduler.Default);
            statuses["held"] = sockets.Count;
        }
        finally
        {
            foreach (var socket in sockets)
            {
                socket.Dispose();
            }
        }

        return statuses;
    };

    private static Func<CancellationToken, Task<ConcurrentDictionary<string, int>>> Hammer(string api, int connections, Func<int, (string Path, string? Client, string Label)> pick) => async ct =>
    {
        var statuses = new ConcurrentDictionary<string, int>();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, AutomaticDecompression = System.Net.DecompressionMethods.None };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        await Task.WhenAll(Enumerable.Range(0, connections).Select(i => Task.Run(async () =>
        {
            while (!ct.IsCancellationRequested)
            {
                var (path, client, label) = pick(i);
                using var request = new HttpRequestMessage(HttpMethod.Get, api + path);
                if (client is not null)
                {
                    request.Headers.Add("X-Forwarded-For", client);
                }

                try
                {
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                    await response.Content.CopyToAsync(Stream.Null, ct);
                    statuses.AddOrUpdate(label + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
                {
                    if (!ct.IsCancellationRequested)
                    {
                        statuses.AddOrUpdate(label + "socket error", 1, (_, n) => n + 1);
                    }
                }
            }
        })));
        return statuses;
    };

    private static double Rss(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024)
            .Single();
}
