using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Security;

/// <summary>Tests that time a process under load: run alone, not beside the suite's other classes on two cores.</summary>
[CollectionDefinition(nameof(TimedAlone), DisableParallelization = true)]
public sealed class TimedAlone;

/// <summary>Slow readers of the largest page cannot pin memory or starve /health (the first finding of Hardening II).</summary>
[Collection(nameof(TimedAlone))]
public sealed class SlowReaderTests
{
    private const string LargestPage = "/ogc/collections/participations/items?limit=1000";

    [Fact]
    public async Task Six_hundred_slow_readers_of_the_largest_page_leave_memory_bounded_and_health_fast()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        // A container-sized heap: before, 250 slow readers under 512 MiB ended in OutOfMemoryException.
        await using var api = await ApiProcess.StartAsync(db.ConnectionString, environment: new Dictionary<string, string>
        {
            ["DOTNET_GCHeapHardLimit"] = Environment.GetEnvironmentVariable("SLOW_READER_HEAP") ?? "0x20000000",
            ["PartyAtlas__MinResponseBytesPerSecond"] = "1024",
        });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var pageBytes = (await http.GetByteArrayAsync(api.BaseUrl + LargestPage)).Length;
        var uri = new Uri(api.BaseUrl);

        // Each reader asks for the page and then reads almost nothing: a 1 KiB receive buffer, no reads.
        var readers = new List<Socket>();
        try
        {
            for (var i = 0; i < 600; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 1024 };
                await socket.ConnectAsync(uri.Host, uri.Port);
                await socket.SendAsync(Encoding.ASCII.GetBytes($"GET {LargestPage} HTTP/1.1\r\nHost: {uri.Authority}\r\n\r\n"));
                readers.Add(socket);
            }

            // While they hang on, for about 8 s: /health stays quick and memory stays put (from a second after the
            // last reader connected: the first slices of 600 responses are written in that second).
            await Task.Delay(1000);
            var healthMs = new List<double>();
            var peakMb = 0.0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(8))
            {
                var probe = Stopwatch.StartNew();
                using var health = await http.GetAsync(api.BaseUrl + "/health");
                healthMs.Add(probe.Elapsed.TotalMilliseconds);
                Assert.True(health.IsSuccessStatusCode);
                peakMb = Math.Max(peakMb, api.ResidentMegabytes);
                await Task.Delay(100);
            }

            // p90 and the worst probe: the suite runs test classes in parallel on two cores, so one probe may
            // wait on the machine rather than on this API.
            var inOrder = string.Join(' ', healthMs.Select(h => h.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)));
            healthMs.Sort();
            var p90 = healthMs[(int)Math.Ceiling(healthMs.Count * 0.9) - 1];
            Assert.True(pageBytes > 1_000_000, $"the largest page is {pageBytes:N0} bytes");
            Assert.True(peakMb < 600, $"RSS peaked at {peakMb:F0} MiB with 600 slow readers of a {pageBytes / 1e6:F1} MB page");
            Assert.True(p90 < 100, $"/health p90 {p90:F0} ms; in order: {inOrder}");
            Assert.True(healthMs[^1] < 1000, $"/health worst {healthMs[^1]:F0} ms");
        }
        finally
        {
            foreach (var socket in readers)
            {
                socket.Dispose();
            }
        }

        // The process lived through it and still answers the page in full.
        Assert.False(api.HasExited);
        Assert.Equal(pageBytes, (await http.GetByteArrayAsync(api.BaseUrl + LargestPage)).Length);
    }
}
