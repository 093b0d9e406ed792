using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Sources;

namespace PartyAtlas.Api.Sources;

public static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSourceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/sources").WithTags("Sources").ValidateRequest().CacheResponses().RequireRateLimiting(RateLimits.Analytics);
        group.MapGet("", GetSources)
            .WithName("GetSources")
            .WithSummary("Every source the dataset cites, with how often it is cited");
        group.MapGet("/{id}", GetSource)
            .WithName("GetSource")
            .WithSummary("One source and every event, count and participation that cites it")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<JsonText<SourceList>> GetSources(SourceQueries sources, CancellationToken ct) =>
        new(await sources.ListAsync(ct));

    public static async Task<Results<JsonText<SourceDetail>, ProblemHttpResult>> GetSource(
        [AsParameters] SourceRequest request, SourceQueries sources, CancellationToken ct) =>
        await sources.DetailAsync(request.Id, ct) is { } json
            ? new JsonText<SourceDetail>(json)
            : Problems.NotFound($"No source with id '{request.Id}'.");
}
