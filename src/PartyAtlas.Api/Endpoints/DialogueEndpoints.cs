using System.ComponentModel;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Api.Contracts;
using PartyAtlas.Api.Infrastructure;
using PartyAtlas.Core.Queries;

namespace PartyAtlas.Api.Endpoints;

public static partial class DialogueEndpoints
{
    private const string YearDescription = "Only events held in this year (1900–2100).";
    private const string SeriesDescription = "Only this series: global, thematic or regional.";

    public static IEndpointRouteBuilder MapDialogueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Dialogues").RejectUnknownQueryParameters();
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
        if (!Slug().IsMatch(id))
        {
            return Problems.BadParameter("id", $"'{id}' is not an event id (lower-case letters, digits and hyphens, e.g. hlm-2017).");
        }

        var json = await query.TextAsync("dialogue_detail", ct, id);
        return json is null ? Problems.NotFound($"No dialogue event with id '{id}'.") : new JsonText<DialogueDetail>(json);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
