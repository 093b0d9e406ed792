using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PartyAtlas.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PartyAtlas.Tests.Security;

/// <summary>
/// At least 10,000 generated requests over every route and parameter the OpenAPI document declares
/// (plus unknown ones): boundary numbers, wrong types, empty and repeated parameters, overlong and
/// control-character strings, SQL-injection and path-traversal payloads, malformed If-None-Match, odd
/// methods. No 5xx, no slow response, a problem+json body on every 4xx, and the data unchanged.
/// </summary>
public sealed class FuzzTests(ApiFixture api, ITestOutputHelper output) : IClassFixture<ApiFixture>
{
    private const int Requests = 10_000;
    private const int Seed = 20261128;
    private static readonly TimeSpan SlowBound = TimeSpan.FromSeconds(10);

    private static readonly string[] Nasty =
    [
        "", " ", "0", "-0", "1", "-1", "2021", "1e308", "-1e308", "NaN", "Infinity", "-Infinity", "99999999999999999999999",
        "2147483648", "-2147483649", "1.5", "0x1F", "1,2,3,4", "-180,-90,180,90", "170,-20,-170,10", "0,0,0,0,0,0", "a,b,c,d",
        "true", "false", "null", "[]", "{}", "' OR '1'='1", "1; DROP TABLE countries;--", "\" OR \"\"=\"", "%27%20OR%201=1",
        "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "/etc/passwd", "C:\\Windows\\win.ini", "%00", "\u0000", "\u0007\u001b[31m",
        "\r\nX-Injected: 1", "<script>alert(1)</script>", "${jndi:ldap://x}", "{{7*7}}", "😀", "\u202e\u0644\u0627", "Ωmega", "中国",
        "global,thematic", "confirmed", "all", "spoke,absent", "summit-2021", "hlm-2017.KHM.1", "KHM-2017", "CHN", "chn", "XKX",
        "2021-07-06", "2017-01-01/2018-12-31", "../2015-12-31", "2023-01-01/..", "../..", "2021-13-45", "csv", "json", "year", "region",
        new string('a', 5_000), new string('9', 400), string.Concat(Enumerable.Repeat("%2e%2e/", 50)),
    ];

    private static readonly string[] OddMethods = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "PROPFIND"];

    private static readonly string[] BadEtags = ["\"unterminated", "W/", "*", "\"\"", "W/\"x\", \"y\"", "garbage", new string('"', 300), "\u0000"];

    [Fact]
    public async Task Ten_thousand_generated_requests_never_get_a_5xx_an_untyped_4xx_or_a_slow_answer_and_change_nothing()
    {
        var before = await DatabaseState.FingerprintAsync(api.Database.ConnectionString);
        var routes = await RoutesAsync();
        var random = new Random(Seed);
        var requests = Enumerable.Range(0, Requests).Select(_ => Generate(random, routes)).ToArray();
        var byClass = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var slowest = TimeSpan.Zero;
        var gate = new object();

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (r, ct) =>
        {
            using var message = new HttpRequestMessage(new HttpMethod(r.Method), r.Url);
            if (r.IfNoneMatch is not null)
            {
                message.Headers.TryAddWithoutValidation("If-None-Match", r.IfNoneMatch);
            }

            if (r.Accept is not null)
            {
                message.Headers.TryAddWithoutValidation("Accept", r.Accept);
            }

            if (r.Method is "POST" or "PUT" or "PATCH")
            {
                message.Content = new StringContent(r.Url, Encoding.UTF8, "application/zip");
            }

            var watch = Stopwatch.StartNew();
            HttpResponseMessage response;
            try
            {
                response = await api.Client.SendAsync(message, ct);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal))
            {
                // The in-process client cannot even send a NUL in a path (Kestrel would refuse the request line).
                byClass.AddOrUpdate("unsendable", 1, (_, n) => n + 1);
                return;
            }

            using var disposeResponse = response;
            var body = await response.Content.ReadAsStringAsync(ct);
            watch.Stop();
            lock (gate)
            {
                slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            }

            var status = (int)response.StatusCode;
            byClass.AddOrUpdate($"{status / 100}xx", 1, (_, n) => n + 1);
            if (status >= 500)
            {
                failures.Add($"{status} {r.Method} {Trim(r.Url)}: {Trim(body)}");
            }
            else if (status >= 400 && r.Method != "HEAD" && !IsProblem(response, body))
            {
                failures.Add($"{status} without problem+json: {r.Method} {Trim(r.Url)} ({response.Content.Headers.ContentType})");
            }
            else if (watch.Elapsed > SlowBound)
            {
                failures.Add($"slow ({watch.Elapsed.TotalSeconds:F1} s): {r.Method} {Trim(r.Url)}");
            }
        });

        var summary = $"fuzz: {Requests} requests (seed {Seed}) over {routes.Count} routes: "
            + string.Join(", ", byClass.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")) + $"; slowest {slowest.TotalMilliseconds:F0} ms";
        output.WriteLine(summary);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "fuzz-summary.txt"), summary + Environment.NewLine);
        Assert.True(failures.IsEmpty, $"{failures.Count} failure(s), e.g.:\n{string.Join('\n', failures.Take(15))}");
        Assert.Equal(before, await DatabaseState.FingerprintAsync(api.Database.ConnectionString));
    }

    private sealed record Route(string Path, string[] Parameters);

    private sealed record FuzzRequest(string Method, string Url, string? IfNoneMatch, string? Accept);

    /// <summary>Every path and query parameter of the served OpenAPI document, plus the viewer and OGC document.</summary>
    private async Task<List<Route>> RoutesAsync()
    {
        var document = await api.Client.GetJsonAsync("/openapi/v1.json");
        var routes = document.GetProperty("paths").EnumerateObject()
            .Select(p => new Route(p.Name, p.Value.EnumerateObject()
                .SelectMany(op => op.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : Enumerable.Empty<JsonElement>())
                .Where(x => x.Str("in") == "query").Select(x => x.Str("name")!).Distinct().ToArray()))
            .ToList();
        routes.Add(new Route("/", []));
        routes.Add(new Route("/openapi/ogc.json", []));
        routes.Add(new Route("/no/such/route/{x}", []));
        return routes;
    }

    private static FuzzRequest Generate(Random random, List<Route> routes)
    {
        var route = routes[random.Next(routes.Count)];
        var path = System.Text.RegularExpressions.Regex.Replace(route.Path, @"\{(\w+)\}", _ => Uri.EscapeDataString(Pick(random, Nasty)));
        var query = new List<string>();
        foreach (var name in route.Parameters.Where(_ => random.NextDouble() < 0.5))
        {
            var repeats = random.NextDouble() < 0.1 ? 2 : 1;
            for (var i = 0; i < repeats; i++)
            {
                query.Add($"{name}={Uri.EscapeDataString(Pick(random, Nasty))}");
            }
        }

        if (random.NextDouble() < 0.15)
        {
            query.Add($"{Uri.EscapeDataString(Pick(random, Nasty))}={Uri.EscapeDataString(Pick(random, Nasty))}");
        }

        var url = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        var method = random.NextDouble() < 0.9 ? "GET" : Pick(random, OddMethods);
        return new FuzzRequest(method, url,
            random.NextDouble() < 0.2 ? Pick(random, BadEtags) : null,
            random.NextDouble() < 0.1 ? Pick(random, ["text/csv", "*/*", "application/xml", "garbage;;;", "text/csv;q=abc"]) : null);
    }

    private static bool IsProblem(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("status", out var status) && status.GetInt32() == (int)response.StatusCode;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Trim(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
