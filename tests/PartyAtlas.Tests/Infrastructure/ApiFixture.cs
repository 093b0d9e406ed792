using Microsoft.AspNetCore.Mvc.Testing;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>
/// The API in-process over its own copy of the loaded dataset. Shared by the tests of one
/// class (IClassFixture): they only read, so one database serves them all.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    public TestDatabase Database { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The API's services (its endpoints, for tests that enumerate them).</summary>
    public IServiceProvider Services => _factory!.Services;

    public async Task InitializeAsync()
    {
        var server = await PostGis.GetAsync();
        Database = await server.CreateDatabaseAsync();
        _factory = CreateFactory(Database.ConnectionString);
        Client = _factory.CreateClient();
    }

    /// <summary>The API in-process over the given database.</summary>
    /// <remarks>Rate limits are off: tests send bursts on purpose (RateLimitTests turns them back on).</remarks>
    public static WebApplicationFactory<Program> CreateFactory(string connectionString) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:PartyAtlas", connectionString)
            .UseSetting("PartyAtlas:RateLimits:Enabled", "false"));

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}
