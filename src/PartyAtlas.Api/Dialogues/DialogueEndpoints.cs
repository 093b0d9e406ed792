using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Dialogues;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Dialogues;

public static class DialogueEndpoints
{
    public static IEndpointRouteBuilder MapDialogueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Dialogues").ValidateRequest().CacheResponses().RequireRateLimiting(RateLimits.Analytics);
        group.MapGet("/dialogues", GetDialogues)
            .WithName("GetDialogues")
            .WithSummary("Every dialogue event with its official counts and coverage")
            .WithDescription("Official counts are kept per source as ranges (never averaged). Coverage compares countries documented with confirmed evidence against the official country figures; there is no official roster, so every list is partial.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/dialogues.geojson", GetDialogueHosts)
            .WithName("GetDialogueHosts")
            .WithSummary("Host cities of the events as GeoJSON points")
            .WithDescription("Online events hosted from Beijing are placed on Beijing.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/dialogues/{id}", GetDialogue)
            .WithName("GetDialogue")
            .WithSummary("One event with its documented participants, evidence and sources")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/dialogues/{id}/scope", GetDialogueScope)
            .WithName("GetDialogueScope")
            .WithSummary("The invited region of an event (one dissolved polygon) and its documented participants, as GeoJSON")
            .WithDescription("The first feature (role=scope) is the union of the event's region groups' members; then one feature per documented participant (role=participant) with in_scope. Events without a region group return only participants.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<JsonText<DialogueList>> GetDialogues(
        [AsParameters] DialoguesRequest request, DialogueQueries dialogues, CancellationToken ct) =>
        new(await dialogues.ListAsync(request.Year, request.Series?.Name, ct));

    public static async Task<GeoJsonText<DialogueHostFeatureCollection>> GetDialogueHosts(
        [AsParameters] DialoguesRequest request, DialogueQueries dialogues, CancellationToken ct) =>
        new(await dialogues.HostsAsync(request.Year, request.Series?.Name, ct));

    public static async Task<Results<JsonText<DialogueDetail>, ProblemHttpResult>> GetDialogue(
        [AsParameters] DialogueRequest request, DialogueQueries dialogues, CancellationToken ct) =>
        await dialogues.DetailAsync(request.Id, ct) is { } json ? new JsonText<DialogueDetail>(json) : NotFound(request.Id);

    public static async Task<Results<GeoJsonText<ScopeCollection>, ProblemHttpResult>> GetDialogueScope(
        [AsParameters] DialogueScopeRequest request, DialogueQueries dialogues, CancellationToken ct) =>
        await dialogues.ScopeAsync(request.Id, request.Evidence ?? default, request.Detail, ct) is { } json
            ? new GeoJsonText<ScopeCollection>(json)
            : NotFound(request.Id);

    private static ProblemHttpResult NotFound(DialogueId id) => Problems.NotFound($"No dialogue event with id '{id}'.");
}
