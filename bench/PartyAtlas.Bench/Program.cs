using System.Diagnostics;
using System.Globalization;
using PartyAtlas.Bench;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Ogc;
using PartyAtlas.Core.Ogc.Filtering;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Reach;
using PartyAtlas.Core.Tiles;

// Measures, in one run against one database: tile latency and size per zoom through the API (cold:
// a process with its response cache off, so PostGIS renders every time; cached: the cache-on process)
// beside the raw PostGIS time of the same tile SQL, and GeoJSON answers the same way.
// Usage: PartyAtlas.Bench <api base url> <cache-off api base url> <connection string> [repetitions]
//        PartyAtlas.Bench synthetic <geodata folder> <output folder>
//        PartyAtlas.Bench scale <label> <api base url> <cache-off api base url> [repetitions]
//        PartyAtlas.Bench hostile <api base url> <api pid> [seconds per row]
if (args is ["synthetic", var geodataFolder, var outputFolder])
{
    SyntheticDataset.Write(geodataFolder, outputFolder, progress: line => Console.Error.WriteLine(line));
    return 0;
}

if (args is ["scale", var label, var scaleApi, var scaleColdApi, ..])
{
    return await ScaleBench.RunAsync(label, scaleApi.TrimEnd('/'), scaleColdApi.TrimEnd('/'), args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 50);
}

if (args is ["hostile", var hostileApi, var pidText, ..])
{
    return await HostileBench.RunAsync(hostileApi.TrimEnd('/'), int.Parse(pidText, CultureInfo.InvariantCulture), args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10);
}

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: PartyAtlas.Bench <api base url> <cache-off api base url> <connection string> [repetitions]");
    return 2;
}

var api = args[0].TrimEnd('/');
var coldApi = args[1].TrimEnd('/');
var repetitions = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20;
await using var dataSource = PartyAtlasDatabase.CreateDataSource(args[2]);
using var http = new HttpClient();
var tileReader = new TileReader(dataSource);
var reachQueries = new ReachQueries(dataSource);

Console.WriteLine($"PartyAtlas bench — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {repetitions} repetitions, medians");
Console.WriteLine();
Console.WriteLine("| request | tiles | median bytes | API cold ms | API cached ms | raw PostGIS ms | cold / raw | cached / raw |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
var noFilters = new Dictionary<string, object?>();
var reach2021 = new Dictionary<string, object?> { ["year"] = 2021, ["series"] = null, ["evidence"] = null };
foreach (var (layer, query, filters) in new (string, string, Dictionary<string, object?>)[] { ("countries", "", noFilters), ("reach", "?year=2021", reach2021) })
{
    foreach (var z in new[] { 0, 1, 2, 3, 4, 5, 6 })
    {
        var tiles = SampleTiles(z).ToArray();
        var tileLayer = TileLayers.Find(layer)!;
        var cold = new List<double>();
        var sizes = new List<long>();
        var cached = new List<double>();
        var raw = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            foreach (var (x, y) in tiles)
            {
                var (ms, bytes) = await TimeGet($"{coldApi}/tiles/{layer}/{z}/{x}/{y}.mvt{query}");
                cold.Add(ms);
                sizes.Add(bytes);
                cached.Add((await TimeGet($"{api}/tiles/{layer}/{z}/{x}/{y}.mvt{query}")).Ms);
                raw.Add(await Time(() => tileReader.ReadAsync(tileLayer, new TileAddress(z, x, y), filters, default)));
            }
        }

        Row($"/tiles/{layer}/{z}/x/y{query}", tiles.Length, Median(sizes.Select(s => (double)s)), Median(cold), Median(cached), Median(raw));
    }
}

// GeoJSON answers the same way: cold (the cache-off process builds every answer), cached, raw SQL.
Console.WriteLine();
Console.WriteLine("| request | median bytes | API cold ms | API cached ms | raw PostGIS ms | cold / raw | cached / raw |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var (zoom, precision) in new[] { (0, 3), (3, 4), (6, 6) })
{
    var path = $"/reach?year=2021&zoom={zoom}&precision={precision}";
    var detail = new GeometryDetail(new Zoom(zoom), new Precision(precision));
    await AnswerRow(path, path, () => Time(() => reachQueries.YearAsync(new Year(2021), ReachFilter.Default, false, detail, default)));
}

// OGC items with CQL2 filters (Part 3), the same way; raw is the same Core query (FeatureReader) without HTTP.
Console.WriteLine();
Console.WriteLine("| OGC items request | median bytes | API cold ms | API cached ms | raw PostGIS ms | cold / raw | cached / raw |");
Console.WriteLine("|---|---|---|---|---|---|---|");
var features = new FeatureReader(dataSource);
foreach (var (collectionId, filter) in new[]
{
    ("participations", "evidence_type = 'spoke' AND year >= 2021"),
    ("participations", "CASEI(party) LIKE '%communist%' OR T_DURING(INTERVAL(start_date, end_date), INTERVAL('2017-01-01', '2017-12-31'))"),
    ("countries", "S_INTERSECTS(geometry, BBOX(100, 0, 120, 20)) AND kind = 'sovereign'"),
    ("reach", "party_count >= 3 AND un_region IN ('Africa', 'Asia')"),
})
{
    var path = $"/ogc/collections/{collectionId}/items?filter={Uri.EscapeDataString(filter)}";
    var collection = FeatureCollections.Find(collectionId)!;
    var query = new FeatureQuery(null, null, null, 100, 0, null, collection.Filters.Select(_ => (object?)null).ToArray())
    {
        Filter = CqlFilter.Compile(filter, "cql2-text", collection),
    };
    await AnswerRow($"{collectionId}: `{filter}`", path, () => Time(() => features.ReadAsync(collection, query, default)));
}

return 0;

// One row of an answers table: the cache-off API, the cache-on API and the raw Core query, interleaved.
async Task AnswerRow(string label, string path, Func<Task<double>> timeRaw)
{
    var cold = new List<double>();
    var cached = new List<double>();
    var raw = new List<double>();
    long bytes = 0;
    for (var i = 0; i < repetitions; i++)
    {
        var (ms, b) = await TimeGet(coldApi + path);
        cold.Add(ms);
        bytes = b;
        cached.Add((await TimeGet(api + path)).Ms);
        raw.Add(await timeRaw());
    }

    Console.WriteLine($"| {label} | {bytes:N0} | {Median(cold):F2} | {Median(cached):F2} | {Median(raw):F2} | {Median(cold) / Median(raw):F2} | {Median(cached) / Median(raw):F2} |");
}

async Task<(double Ms, long Bytes)> TimeGet(string url)
{
    var watch = Stopwatch.StartNew();
    using var response = await http.GetAsync(url);
    var body = await response.Content.ReadAsByteArrayAsync();
    watch.Stop();
    response.EnsureSuccessStatusCode();
    return (watch.Elapsed.TotalMilliseconds, body.LongLength);
}

// The same SQL the API runs, through the same Core query, without HTTP.
async Task<double> Time<T>(Func<Task<T>> query)
{
    var watch = Stopwatch.StartNew();
    await query();
    return watch.Elapsed.TotalMilliseconds;
}

// Every tile up to zoom 2; above, the tiles over a band from Europe to East Asia (where the data is).
static IEnumerable<(int X, int Y)> SampleTiles(int z)
{
    var n = 1 << z;
    if (z <= 2)
    {
        return from x in Enumerable.Range(0, n) from y in Enumerable.Range(0, n) select (x, y);
    }

    var (west, east) = (Column(-10, n), Column(140, n));
    var row = TileRow(35, n);
    var step = Math.Max(1, (east - west) / 8);
    return Enumerable.Range(0, (east - west) / step + 1).Select(i => (west + i * step, row));
}

static int Column(double lon, int n) => (int)Math.Floor((lon + 180) / 360 * n);

static int TileRow(double lat, int n)
{
    var r = lat * Math.PI / 180;
    return (int)Math.Floor((1 - Math.Log(Math.Tan(r) + 1 / Math.Cos(r)) / Math.PI) / 2 * n);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
}

static void Row(string request, int tiles, double bytes, double cold, double cached, double raw) =>
    Console.WriteLine($"| {request} | {tiles} | {bytes:N0} | {cold:F2} | {cached:F2} | {raw:F2} | {cold / raw:F2} | {cached / raw:F2} |");
