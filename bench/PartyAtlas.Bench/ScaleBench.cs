using System.Diagnostics;

namespace PartyAtlas.Bench;

/// <summary>
/// The requests whose cost could grow with the data — /reach?year=, /reach/timeline and reach tiles —
/// timed cold (a cache-off process: every answer built from PostGIS) and cached, as p50/p99, one
/// markdown row per request class, so a run on the real dataset and one on the synthetic 100× dataset
/// can be set side by side.
/// </summary>
internal static class ScaleBench
{
    public static async Task<int> RunAsync(string label, string api, string coldApi, int repetitions)
    {
        using var http = new HttpClient();
        var classes = new (string Name, string[] Paths)[]
        {
            ("/reach?year=", [.. new[] { 2015, 2017, 2018, 2021, 2023 }.Select(y => $"/reach?year={y}&zoom=0&precision=3")]),
            ("/reach/timeline", ["/reach/timeline"]),
            ("reach tiles z0–4", [.. new[] { "0/0/0", "1/1/0", "2/2/1", "3/5/3", "4/11/6", "4/8/5" }.Select(t => $"/tiles/reach/{t}.mvt?year=2021")]),
        };
        foreach (var (name, paths) in classes)
        {
            var cold = new List<double>();
            var cached = new List<double>();
            long bytes = 0;
            for (var i = 0; i < repetitions; i++)
            {
                foreach (var path in paths)
                {
                    var watch = Stopwatch.StartNew();
                    var body = await http.GetByteArrayAsync(coldApi + path);
                    cold.Add(watch.Elapsed.TotalMilliseconds);
                    bytes = Math.Max(bytes, body.LongLength);
                    watch.Restart();
                    await http.GetByteArrayAsync(api + path);
                    cached.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine($"| {label} | {name} | {cold.Count} | {bytes:N0} | {Percentile(cold, 0.5):F2} | {Percentile(cold, 0.99):F2} | {Percentile(cached, 0.5):F2} | {Percentile(cached, 0.99):F2} |");
        }

        return 0;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
