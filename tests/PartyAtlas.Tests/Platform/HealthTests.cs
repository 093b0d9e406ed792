using System.Net;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Platform;

public sealed class HealthTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Liveness_answers_ok()
    {
        var body = await api.Client.GetJsonAsync("/health");

        Assert.Equal("ok", body.Str("status"));
    }

    [Fact]
    public async Task Readiness_reports_the_data_version_when_the_database_answers()
    {
        var body = await api.Client.GetJsonAsync("/health/ready");
        var version = await DatabaseState.ScalarAsync<string>(api.Database.ConnectionString, "SELECT version FROM current_data_version");

        Assert.Equal("ready", body.Str("status"));
        Assert.Equal(version, body.Str("data_version"));
    }

    [Fact]
    public async Task Readiness_and_data_endpoints_answer_503_problems_when_the_database_is_down()
    {
        // A port nobody listens on: the database is "down" from the start.
        await using var factory = ApiFixture.CreateFactory("Host=127.0.0.1;Port=1;Username=postgres;Database=none;Timeout=2");
        using var client = factory.CreateClient();

        var ready = await client.GetProblemAsync("/health/ready", HttpStatusCode.ServiceUnavailable);
        await client.GetProblemAsync("/countries", HttpStatusCode.ServiceUnavailable);
        var live = await client.GetJsonAsync("/health");

        Assert.Equal("ok", live.Str("status"));
        Assert.DoesNotContain("Npgsql", ready.GetRawText(), StringComparison.Ordinal);
    }
}
