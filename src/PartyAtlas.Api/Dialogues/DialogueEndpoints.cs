using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Queries;

namespace PartyAtlas.Api.Dialogues;

public static class DialogueEndpoints
{
    private const string YearDescription = "Only events held in this year (1900–2100).";
    private const string SeriesDescription = "Only this series: global, thematic or regional.";

    public static IEndpointRouteBuilder MapDialogueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Dialogues").RejectUnknownQueryParameters().CacheByDataVersion().RequireRateLimiting(RateLimits.Analytics);
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

    public static async Task<Results<JsonText<DialogueList>, ProblemHttpResult>> GetDialogues(
        JsonQuery query, [Description(YearDescription)] int? year, [Description(SeriesDescription)] string? series, CancellationToken ct)
    {
        if ((QueryChecks.Year(year) ?? QueryChecks.Series(series)) is { } problem)
        {
            return problem;
        }

        return new JsonText<DialogueList>((await query.TextAsync("dialogues_list", ct, year, series))!);
    }

    public static async Task<Results<GeoJsonText<DialogueHostFeatureCollection>, ProblemHttpResult>> GetDialogueHosts(
        JsonQuery query, [Description(YearDescription)] int? year, [Description(SeriesDescription)] string? series, CancellationToken ct)
    {
        if ((QueryChecks.Year(year) ?? QueryChecks.Series(series)) is { } problem)
        {
            return problem;
        }

        return new GeoJsonText<DialogueHostFeatureCollection>((await query.TextAsync("dialogues_geojson", ct, year, series))!);
    }

    public static async Task<Results<JsonText<DialogueDetail>, ProblemHttpResult>> GetDialogue(
        JsonQuery query, [Description("The event's id, e.g. hlm-2017 or summit-2021.")] string id, CancellationToken ct)
    {
        if (QueryChecks.EventId("id", id) is { } problem)
        {
            return problem;
        }

        var json = await query.TextAsync("dialogue_detail", ct, id);
        return json is null ? Problems.NotFound($"No dialogue event with id '{id}'.") : new JsonText<DialogueDetail>(json);
    }

    public static async Task<Results<GeoJsonText<ScopeCollection>, ProblemHttpResult>> GetDialogueScope(
        JsonQuery query,
        [Description("The event's id, e.g. ca-ppd-2023 or arab-ppd-2023.")] string id,
        [Description(ReachFilters.EvidenceDescription)] string? evidence,
        [Description("Map zoom the geometry is meant for (0–24). Default 6.")] int? zoom,
        [Description("Decimal places of coordinates (0–15). Default 6.")] int? precision,
        CancellationToken ct)
    {
        var evidenceList = ReachFilters.Evidence(evidence, out var evidenceProblem);
        if ((QueryChecks.EventId("id", id) ?? evidenceProblem ?? QueryChecks.Range("zoom", zoom, 0, QueryChecks.MaxZoom)
             ?? QueryChecks.Range("precision", precision, 0, QueryChecks.MaxPrecision)) is { } problem)
        {
            return problem;
        }

        var json = await query.TextAsync("dialogue_scope", ct, id, evidenceList, zoom ?? 6, precision ?? 6);
        return json is null ? Problems.NotFound($"No dialogue event with id '{id}'.") : new GeoJsonText<ScopeCollection>(json);
    }
}
