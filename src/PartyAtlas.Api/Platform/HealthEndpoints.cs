using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using PartyAtlas.Core.Database;

namespace PartyAtlas.Api.Platform;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health");
        group.MapGet("", () => TypedResults.Ok(new Health("ok")))
            .WithName("GetLiveness")
            .WithSummary("Liveness: the process is up (does not touch the database)");
        group.MapGet("/ready", GetReadiness)
            .WithName("GetReadiness")
            .WithSummary("Readiness: the read database answers and holds a dataset (with the version it serves, and whether it is a standby and how far behind); 503 otherwise")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static async Task<Results<Ok<Health>, ProblemHttpResult>> GetReadiness(NpgsqlDataSource dataSource, HttpContext http, CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            var version = await dataSource.DataVersionAsync(timeout.Token);
            if (version is null)
            {
                return Unavailable(http, "The database holds no dataset yet: run the import.");
            }

            var server = await dataSource.ServerStatusAsync(timeout.Token);
            return TypedResults.Ok(new Health("ready", version, server.Standby, server.LagSeconds, server.Server));
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException && !ct.IsCancellationRequested)
        {
            return Unavailable(http, "The database cannot be reached.");
        }
    }

    private static ProblemHttpResult Unavailable(HttpContext http, string detail)
    {
        http.Response.Headers.RetryAfter = "5";
        return TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready");
    }
}
