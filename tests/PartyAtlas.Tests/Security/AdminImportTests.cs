using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Security;

/// <summary>POST /admin/import: keys, limits, and the importer's all-or-nothing semantics over HTTP.</summary>
public sealed class AdminImportTests
{
    private const string Key = "correct horse battery staple";

    private static WebApplicationFactory<Program> Factory(string connectionString, bool withKeys = true) =>
        ApiFixture.CreateFactory(connectionString).WithWebHostBuilder(b =>
        {
            if (withKeys)
            {
                b.UseSetting("PartyAtlas:Admin:ApiKeys:0", $"maintainer:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)))}");
            }
        });

    private static ByteArrayContent Zip(string folder, Action<ZipArchive>? extra = null) => GeodataZip.Of(folder, extra);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, HttpContent content, string? key = Key, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/import{query}") { Content = content };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Without_configured_keys_the_import_is_disabled()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var factory = Factory(db.ConnectionString, withKeys: false);
        using var copy = new GeodataCopy();

        using var response = await PostAsync(factory.CreateClient(), Zip(copy.Folder));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("no API keys", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("", HttpStatusCode.Unauthorized)]
    [InlineData("wrong key", HttpStatusCode.Forbidden)]
    [InlineData("correct horse battery staplf", HttpStatusCode.Forbidden)]
    public async Task A_missing_or_wrong_key_is_refused_and_nothing_changes(string? key, HttpStatusCode expected)
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var factory = Factory(db.ConnectionString);
        using var copy = new GeodataCopy();
        copy.EditCountries(f => Import.CountryImportTests.Feature(f, "FRA")["properties"]!["name_en"] = "Changed");
        var before = await DatabaseState.FingerprintAsync(db.ConnectionString);

        using var response = await PostAsync(factory.CreateClient(), Zip(copy.Folder), key);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await DatabaseState.FingerprintAsync(db.ConnectionString));
    }

    [Fact]
    public async Task A_maintainer_key_imports_a_changed_bundle_and_reports_both_data_versions()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var factory = Factory(db.ConnectionString);
        using var copy = new GeodataCopy();
        copy.EditCountries(f => Import.CountryImportTests.Feature(f, "FRA")["properties"]!["name_en"] = "France (via HTTP)");

        using var response = await PostAsync(factory.CreateClient(), Zip(copy.Folder));
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("imported", body.Str("outcome"));
        Assert.NotEqual(body.Str("data_version_before"), body.Str("data_version_after"));
        Assert.Equal("France (via HTTP)", await DatabaseState.ScalarAsync<string>(db.ConnectionString, "SELECT name_en FROM countries WHERE iso3 = 'FRA'"));
    }

    [Fact]
    public async Task A_dry_run_validates_and_writes_nothing()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var factory = Factory(db.ConnectionString);
        using var copy = new GeodataCopy();
        copy.EditCountries(f => Import.CountryImportTests.Feature(f, "FRA")["properties"]!["name_en"] = "Changed");
        var before = await DatabaseState.FingerprintAsync(db.ConnectionString);

        using var response = await PostAsync(factory.CreateClient(), Zip(copy.Folder), query: "?dry_run=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"valid\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseState.FingerprintAsync(db.ConnectionString));
    }

    public static TheoryData<string, HttpStatusCode, string> BadBundles => new()
    {
        { "invalid-data", HttpStatusCode.BadRequest, "unknown country code 'QQQ'" },
        { "not-a-zip", HttpStatusCode.BadRequest, "Not a readable zip" },
        { "unexpected-file", HttpStatusCode.BadRequest, "Unexpected file" },
        { "path-traversal", HttpStatusCode.BadRequest, "Unexpected file" },
        { "duplicate-entry", HttpStatusCode.BadRequest, "more than once" },
        { "wrong-media-type", HttpStatusCode.UnsupportedMediaType, "Unsupported Media Type" },
        { "too-large", HttpStatusCode.RequestEntityTooLarge, "MiB" },
    };

    [Theory]
    [MemberData(nameof(BadBundles))]
    public async Task A_bad_bundle_is_a_problem_and_nothing_changes(string bundle, HttpStatusCode expected, string message)
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var factory = Factory(db.ConnectionString);
        using var copy = new GeodataCopy();
        HttpContent content = bundle switch
        {
            "invalid-data" => Edit(copy, c => c.EditField("dialogues/participations.csv", 2, "iso3", "QQQ")),
            "not-a-zip" => new ByteArrayContent("this is not a zip"u8.ToArray()) { Headers = { ContentType = new("application/zip") } },
            "unexpected-file" => Zip(copy.Folder, z => z.CreateEntry("geodata/notes.txt")),
            "path-traversal" => Zip(copy.Folder, z => z.CreateEntry("../../etc/cron.d/evil")),
            "duplicate-entry" => Zip(copy.Folder, z => z.CreateEntryFromFile(copy.PathOf("dialogues/sources.csv"), "geodata/dialogues/sources.csv")),
            "wrong-media-type" => new StringContent("{}", Encoding.UTF8, "application/json"),
            _ => new ByteArrayContent(new byte[33 * 1024 * 1024]) { Headers = { ContentType = new("application/zip") } },
        };
        var before = await DatabaseState.FingerprintAsync(db.ConnectionString);

        using var response = await PostAsync(factory.CreateClient(), content);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseState.FingerprintAsync(db.ConnectionString));
        content.Dispose();
    }

    [Fact]
    public async Task A_shrinking_bundle_is_refused_with_the_shrinkage_then_applied_when_confirmed()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var factory = Factory(db.ConnectionString);
        using var client = factory.CreateClient();
        using var copy = new GeodataCopy();
        // Keep the header and a tenth of the participations.
        var lines = File.ReadAllLines(copy.PathOf("dialogues/participations.csv"));
        File.WriteAllLines(copy.PathOf("dialogues/participations.csv"), lines.Take(1 + (lines.Length - 1) / 10));

        using var refused = await PostAsync(client, Zip(copy.Folder));
        var problem = System.Text.Json.JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        var counted = await DatabaseState.ScalarAsync<long>(db.ConnectionString, "SELECT count(*) FROM participations");
        using var confirmed = await PostAsync(client, Zip(copy.Folder), query: "?allow_shrink=true");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var shrink = Assert.Single(problem.GetProperty("shrinkage").EnumerateArray());
        Assert.Equal("participations", shrink.Str("table"));
        Assert.Equal(counted, shrink.GetProperty("before").GetInt64());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal((lines.Length - 1) / 10, await DatabaseState.ScalarAsync<long>(db.ConnectionString, "SELECT count(*) FROM participations"));
    }

    private static ByteArrayContent Edit(GeodataCopy copy, Action<GeodataCopy> edit)
    {
        edit(copy);
        return Zip(copy.Folder);
    }
}
