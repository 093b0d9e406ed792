using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Npgsql;
using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Platform;

public sealed class ResponseCacheTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string CountriesPage = "/ogc/collections/countries/items?limit=100";

    [Fact]
    public async Task A_countries_page_comes_compressed_to_a_third_or_less_and_unpacks_to_the_same_bytes()
    {
        var identity = await GetAsync(CountriesPage, null);
        var gzip = await GetAsync(CountriesPage, "gzip");
        var brotli = await GetAsync(CountriesPage, "gzip, deflate, br");
        // The Brotli variant is made again at the best level in the background: within seconds it is under 30 %.
        var best = await NewData.ServedAsync(() => GetAsync(CountriesPage, "br"), b => b.Body.Length <= identity.Body.Length * 0.3, TimeSpan.FromSeconds(20));

        Assert.Null(identity.Encoding);
        Assert.Equal("gzip", gzip.Encoding);
        Assert.Equal("br", brotli.Encoding);
        Assert.True(identity.Body.Length > 100_000, $"a page of 100 countries is large ({identity.Body.Length} bytes)");
        // Six-decimal coordinates are nearly random digits: gzip's 32 KiB window gets them to about 36 %.
        Assert.True(gzip.Body.Length <= identity.Body.Length * 0.37, $"gzip {gzip.Body.Length} of {identity.Body.Length} bytes");
        Assert.True(brotli.Body.Length < gzip.Body.Length, $"Brotli {brotli.Body.Length} vs gzip {gzip.Body.Length} bytes");
        Assert.True(best.Body.Length <= identity.Body.Length * 0.3, $"best Brotli {best.Body.Length} of {identity.Body.Length} bytes");
        Assert.Equal(identity.Body, Unpack(gzip.Body, "gzip"));
        Assert.Equal(identity.Body, Unpack(brotli.Body, "br"));
        Assert.Equal(identity.Body, Unpack(best.Body, "br"));
        // Compressed copies carry the identity's tag as a weak validator; caches are told the coding varies.
        Assert.DoesNotContain("W/", identity.ETag, StringComparison.Ordinal);
        Assert.Equal($"W/{identity.ETag}", gzip.ETag);
        Assert.Equal($"W/{identity.ETag}", best.ETag);
        Assert.Contains("Accept-Encoding", gzip.Vary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_revalidating_a_compressed_copy_gets_304()
    {
        var gzip = await GetAsync(CountriesPage, "gzip");
        using var request = new HttpRequestMessage(HttpMethod.Get, CountriesPage);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        request.Headers.TryAddWithoutValidation("If-None-Match", gzip.ETag);

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(gzip.ETag, response.Headers.ETag!.ToString());
        Assert.StartsWith("W/", gzip.ETag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tile_asked_for_gzip_comes_gzip_as_map_clients_expect()
    {
        var identity = await GetAsync("/tiles/countries/1/1/0.mvt", null);
        var gzip = await GetAsync("/tiles/countries/1/1/0.mvt", "gzip");

        Assert.Equal("gzip", gzip.Encoding);
        Assert.Equal(identity.Body, Unpack(gzip.Body, "gzip"));
    }

    [Fact]
    public async Task A_repeated_answer_is_served_with_the_database_unreachable()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var factory = ApiFixture.CreateFactory(db.ConnectionString);
        using var client = factory.CreateClient();
        using var first = await client.GetAsync("/reach?year=2021&zoom=0");
        var body = await first.Content.ReadAsByteArrayAsync();

        // No connection may open (superusers included), and the open ones are closed: only the cache can answer now.
        await SetConnectionsAsync(db.Name, allowed: false);

        using var again = await client.GetAsync("/reach?year=2021&zoom=0");
        using var uncached = await client.GetAsync("/reach?year=2017&zoom=0");

        Assert.Equal("miss", first.Headers.GetValues("PartyAtlas-Cache").Single());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("hit", again.Headers.GetValues("PartyAtlas-Cache").Single());
        Assert.Equal(body, await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, uncached.StatusCode);
        await SetConnectionsAsync(db.Name, allowed: true);
    }

    private static async Task SetConnectionsAsync(string database, bool allowed)
    {
        await using var admin = new NpgsqlConnection((await PostGis.GetAsync()).AdminConnectionString);
        await admin.OpenAsync();
        // DDL takes no parameters: the name travels as a setting and format(%I) quotes it.
        await using var set = new NpgsqlCommand(
            "SELECT set_config('partyatlas.test_db', @name, false), set_config('partyatlas.allow', @allow, false);"
            + "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I ALLOW_CONNECTIONS ' || current_setting('partyatlas.allow'), current_setting('partyatlas.test_db')); END $$;"
            + "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND NOT @allowed", admin);
        set.Parameters.AddWithValue("name", database);
        set.Parameters.AddWithValue("allow", allowed ? "true" : "false");
        set.Parameters.AddWithValue("allowed", allowed);
        await set.ExecuteNonQueryAsync();
    }

    [Theory]
    [InlineData("/reach?year=2021&zoom=0&precision=2")]
    [InlineData("/reach/timeline")]
    [InlineData("/countries/FRA?zoom=0")]
    public async Task Every_answer_names_the_data_version_its_body_was_built_from(string url)
    {
        using var response = await api.Client.GetAsync(url);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var version = response.Headers.GetValues("PartyAtlas-Data-Version").Single();

        var inBody = body.RootElement.TryGetProperty("data_version", out var v) ? v.GetString() : body.RootElement.GetProperty("properties").Str("data_version");
        Assert.Equal(inBody, version);
        Assert.StartsWith($"\"{version}-", response.Headers.ETag!.Tag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_imports_commit_no_answer_is_labelled_with_another_version_than_its_body()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var factory = ApiFixture.CreateFactory(db.ConnectionString);
        using var client = factory.CreateClient();
        var labels = new System.Collections.Concurrent.ConcurrentBag<(string Header, string? Body, string ETag)>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            var urls = new[] { "/reach/timeline", "/reach?year=2021&zoom=0&precision=1", "/dialogues", "/sources" };
            while (!stop.IsCancellationRequested)
            {
                using var response = await client.GetAsync(urls[i]);
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                labels.Add((response.Headers.GetValues("PartyAtlas-Data-Version").Single(), body.RootElement.Str("data_version"), response.Headers.ETag!.Tag));
            }
        })).ToArray();

        var versions = new List<string>();
        for (var edit = 0; edit < 3; edit++)
        {
            using var copy = new GeodataCopy();
            copy.EditField("dialogues/participations.csv", 2, "note", $"edit {edit}");
            await using var dataSource = db.CreateDataSource();
            Assert.Equal(ImportOutcome.Imported, (await GeodataImporter.ImportAsync(dataSource, copy.Folder, false, CancellationToken.None)).Outcome);
            await using var current = dataSource.CreateCommand("SELECT version FROM current_data_version");
            var version = (string)(await current.ExecuteScalarAsync())!;
            versions.Add(version);
            // Each import is served within 2 s, by every reader's URL.
            await NewData.ServedAsync(() => Task.FromResult(labels.Count(l => l.Header == version)), n => n >= 8);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.All(labels, l => Assert.Equal(l.Body, l.Header));
        Assert.All(labels, l => Assert.StartsWith($"\"{l.Header}-", l.ETag, StringComparison.Ordinal));
        Assert.All(versions, v => Assert.Contains(labels, l => l.Header == v));
    }

    [Fact]
    public async Task Two_api_processes_serve_an_import_within_2_seconds_with_new_etags()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var one = ApiFixture.CreateFactory(db.ConnectionString);
        await using var two = ApiFixture.CreateFactory(db.ConnectionString);
        using var first = one.CreateClient();
        using var second = two.CreateClient();
        var before = new[] { await ETagAsync(first), await ETagAsync(second) };
        using var copy = new GeodataCopy();
        copy.EditField("dialogues/participations.csv", 3, "note", "a new note");
        await using (var dataSource = db.CreateDataSource())
        {
            await GeodataImporter.ImportAsync(dataSource, copy.Folder, false, CancellationToken.None);
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        var after = await Task.WhenAll(
            NewData.ServedAsync(() => ETagAsync(first), e => e != before[0]),
            NewData.ServedAsync(() => ETagAsync(second), e => e != before[1]));

        Assert.Equal(before[0], before[1]);
        Assert.NotEqual(before[0], after[0]);
        Assert.Equal(after[0], after[1]);
        Assert.True(waited.Elapsed < NewData.Within, $"served after {waited.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task If_None_Match_any_does_not_hide_an_unknown_id_or_a_bad_parameter()
    {
        async Task<HttpStatusCode> StatusAsync(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("If-None-Match", "*");
            using var response = await api.Client.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync("/countries/XXX"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync("/ogc/collections/countries/items/XXX"));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync("/reach?year=abc"));
        Assert.Equal(HttpStatusCode.NotModified, await StatusAsync("/countries/FRA"));
    }

    [Fact]
    public async Task An_escaped_ampersand_in_a_value_is_another_request_with_another_etag()
    {
        using var escaped = await api.Client.GetAsync("/ogc/collections/participations/items?iso3=NPL%26year%3D2017");
        using var two = await api.Client.GetAsync("/ogc/collections/participations/items?iso3=NPL&year=2017");

        Assert.NotEqual(escaped.Headers.ETag, two.Headers.ETag);
        Assert.NotEqual(await escaped.Content.ReadAsStringAsync(), await two.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_the_cache_off_answers_are_built_each_time_and_still_compressed()
    {
        await using var factory = ApiFixture.CreateFactory(api.Database.ConnectionString)
            .WithWebHostBuilder(b => b.UseSetting("PartyAtlas:ResponseCacheMegabytes", "0"));
        using var client = factory.CreateClient();
        async Task<(string Cache, string? Encoding, byte[] Body)> Get(string? coding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, CountriesPage);
            if (coding is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", coding);
            }

            using var response = await client.SendAsync(request);
            return (response.Headers.GetValues("PartyAtlas-Cache").Single(), response.Content.Headers.ContentEncoding.SingleOrDefault(),
                await response.Content.ReadAsByteArrayAsync());
        }

        var first = await Get(null);
        var second = await Get(null);
        var gzip = await Get("gzip");

        Assert.Equal(["miss", "miss", "miss"], new[] { first.Cache, second.Cache, gzip.Cache });
        Assert.Equal(first.Body, second.Body);
        Assert.Equal("gzip", gzip.Encoding);
        Assert.Equal(first.Body, Unpack(gzip.Body, "gzip"));
    }

    [Fact]
    public async Task Metrics_count_hits_misses_and_bytes_per_kind_of_answer()
    {
        await using var factory = ApiFixture.CreateFactory(api.Database.ConnectionString);
        using var client = factory.CreateClient();
        (await client.GetAsync("/reach/timeline")).Dispose();
        (await client.GetAsync("/reach/timeline")).Dispose();
        (await client.GetAsync("/sources")).Dispose();

        var metrics = await client.GetStringAsync("/metrics");

        Assert.Contains("partyatlas_response_cache_hits_total{kind=\"reach\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("partyatlas_response_cache_misses_total{kind=\"reach\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("partyatlas_response_cache_misses_total{kind=\"sources\"} 1", metrics, StringComparison.Ordinal);
        Assert.Matches(@"partyatlas_response_cache_bytes\{kind=""reach""\} [1-9]", metrics);
    }

    private async Task<(byte[] Body, string? Encoding, string ETag, string Vary)> GetAsync(string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var response = await api.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding.SingleOrDefault(),
            response.Headers.ETag!.ToString(), string.Join(", ", response.Headers.Vary));
    }

    private static async Task<string> ETagAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/reach/timeline");
        return response.Headers.ETag!.Tag;
    }

    private static byte[] Unpack(byte[] body, string coding)
    {
        using var input = new MemoryStream(body);
        using Stream unpack = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        unpack.CopyTo(output);
        return output.ToArray();
    }
}
