using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Parties;

namespace PartyAtlas.Api.Parties;

/// <summary>
/// The party registry: who the sources name at the dialogues, by registry id rather than by the text
/// each source printed, with affiliations and each party's record of participation.
/// </summary>
public static class PartyEndpoints
{
    public static IEndpointRouteBuilder MapPartyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/parties").WithTags("Parties").ValidateRequest().CacheResponses().RequireRateLimiting(RateLimits.Analytics);
        group.MapGet("", GetParties)
            .WithName("GetParties")
            .WithSummary("The party registry, filtered by country, event, year, kind or affiliation")
            .WithDescription("One entry per party, coalition, think tank or other body named in the participation evidence, with its affiliations (each with its source), the events it was named at and its first and last year. The registry is as partial as the evidence.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetParty)
            .WithName("GetParty")
            .WithSummary("One party: names, aliases, affiliations with sources, and every participation naming it in date order")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<JsonText<PartyList>, CsvText, ProblemHttpResult>> GetParties(
        [AsParameters] PartiesRequest request, PartyQueries parties, HttpRequest http, CancellationToken ct)
    {
        var json = await parties.ListAsync(request.Filter, ct);
        return json is null ? Reach.ReachEndpoints.UnknownDialogue(request.Dialogue)
            : CsvText.Wanted(http, request.F) ? CsvText.From(json, "parties") : new JsonText<PartyList>(json);
    }

    public static async Task<Results<JsonText<PartyDetail>, ProblemHttpResult>> GetParty(
        [AsParameters] PartyRequest request, PartyQueries parties, CancellationToken ct) =>
        await parties.DetailAsync(request.Id, ct) is { } json
            ? new JsonText<PartyDetail>(json)
            : Problems.NotFound($"No party with id '{request.Id}'; GET /parties lists them.");
}
