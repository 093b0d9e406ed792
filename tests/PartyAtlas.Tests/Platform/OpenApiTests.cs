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
