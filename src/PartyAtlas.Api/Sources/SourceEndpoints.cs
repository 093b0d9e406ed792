using System.ComponentModel;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Queries;

namespace PartyAtlas.Api.Sources;

public static partial class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSourceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/sources").WithTags("Sources").RejectUnknownQueryParameters().CacheByDataVersion().RequireRateLimiting(RateLimits.Analytics);
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

    public static async Task<JsonText<SourceList>> GetSources(JsonQuery query, CancellationToken ct) =>
        new((await query.TextAsync("sources_list", ct))!);

    public static async Task<Results<JsonText<SourceDetail>, ProblemHttpResult>> GetSource(
        JsonQuery query, [Description("The source's label, e.g. S14 or T3.")] string id, CancellationToken ct)
    {
        if (!SourceId().IsMatch(id))
        {
            return Problems.BadParameter("id", $"'{id}' is not a source id (letters and digits, e.g. S14).");
        }

        var json = await query.TextAsync("source_detail", ct, id);
        return json is null ? Problems.NotFound($"No source with id '{id}'.") : new JsonText<SourceDetail>(json);
    }

    [GeneratedRegex("^[A-Za-z0-9]{1,32}$")]
    private static partial Regex SourceId();
}
