using System.Text.Json;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Platform;

public sealed class OpenApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>
    /// The committed openapi.yaml is the contract: it must equal what the service serves.
    /// To regenerate after an intended change: UPDATE_OPENAPI=1 ./scripts/test --filter OpenApi
    /// </summary>
    [Fact]
    public async Task The_committed_openapi_yaml_equals_the_served_document()
    {
        var served = (await api.Client.GetStringAsync("/openapi/v1.yaml")).ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(Repository.OpenApiYaml, served);
        }

        var committed = File.Exists(Repository.OpenApiYaml) ? (await File.ReadAllTextAsync(Repository.OpenApiYaml)).ReplaceLineEndings("\n") : "";

        Assert.True(committed == served,
            "openapi.yaml differs from the served document. If the change is intended, run: UPDATE_OPENAPI=1 ./scripts/test --filter OpenApi");
    }

    [Fact]
    public async Task The_json_document_lists_every_route_with_a_summary()
    {
        var document = await api.Client.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);

        foreach (var path in new[] { "/countries", "/countries/{iso3}", "/dialogues", "/dialogues/{id}", "/dialogues.geojson", "/sources", "/sources/{id}", "/health", "/health/ready" })
        {
            Assert.True(paths.ContainsKey(path), $"{path} missing from the OpenAPI document");
            Assert.False(string.IsNullOrEmpty(paths[path].GetProperty("get").Str("summary")), $"{path} has no summary");
        }

        Assert.StartsWith("3.0", document.Str("openapi"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_query_parameter_is_described()
    {
        var document = await api.Client.GetJsonAsync("/openapi/v1.json");

        var undescribed = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().SelectMany(op =>
                op.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().Select(x => (Path: p.Name, Parameter: x)) : []))
            .Where(x => string.IsNullOrEmpty(x.Parameter.Str("description")))
            .Select(x => $"{x.Path} {x.Parameter.Str("name")}")
            .ToArray();

        Assert.Empty(undescribed);
    }

    [Theory]
    [InlineData("/reach", "application/geo+json")]
    [InlineData("/reach/timeline", "application/json")]
    [InlineData("/countries/{iso3}/timeline", "application/json")]
    public async Task Tabular_routes_document_csv_beside_their_json_body(string path, string json)
    {
        var document = await api.Client.GetJsonAsync("/openapi/v1.json");
        var content = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");

        Assert.True(content.TryGetProperty(json, out _), $"{path} lacks {json}");
        Assert.True(content.TryGetProperty("text/csv", out _), $"{path} lacks text/csv");
    }

    [Fact]
    public async Task Integer_parameters_are_documented_as_integers()
    {
        var document = await api.Client.GetJsonAsync("/openapi/v1.json");
        var year = document.GetProperty("paths").GetProperty("/reach").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.Str("name") == "year");

        Assert.Equal("integer", year.GetProperty("schema").Str("type"));
    }

    [Fact]
    public async Task Swagger_ui_is_served_at_docs()
    {
        using var response = await api.Client.GetAsync("/docs/index.html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("swagger", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(JsonValueKind.Object, (await api.Client.GetJsonAsync("/openapi/v1.json")).ValueKind);
    }
}
