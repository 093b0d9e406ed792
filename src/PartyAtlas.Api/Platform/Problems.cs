using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace PartyAtlas.Api.Platform;

/// <summary>RFC 9457 problem details for every error, with no stack traces or SQL in any response.</summary>
internal static partial class Problems
{
    public static void AddPartyAtlasProblems(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        builder.Services.AddProblemDetails();
        // A value that does not bind (zoom=abc) throws, so the handler below can name the parameter.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
    }

    public static void UsePartyAtlasProblems(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor, ExceptionHandler = WriteProblem });
        app.UseStatusCodePages();
    }

    public static ProblemHttpResult BadParameter(string parameter, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: $"Invalid parameter '{parameter}'",
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(detail: what, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static int StatusFor(Exception e) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        // Unreachable, restarting, overloaded or timed-out database: try again later. Any other
        // database error is a bug of ours: 500.
        PostgresException pg when pg.SqlState[..2] is "08" or "53" or "57" => StatusCodes.Status503ServiceUnavailable,
        PostgresException => StatusCodes.Status500InternalServerError,
        NpgsqlException or TimeoutException => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static async Task WriteProblem(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is null ? 500 : StatusFor(error);
        context.Response.StatusCode = status;
        var extensions = new Dictionary<string, object?>();
        string title, detail;
        if (error is BadHttpRequestException bad)
        {
            // "Failed to bind parameter "int? zoom" from "abc"." → name the parameter.
            var match = BindFailure().Match(bad.Message);
            var parameter = match.Success ? match.Groups["name"].Value : null;
            title = parameter is null ? "Bad request" : $"Invalid parameter '{parameter}'";
            detail = match.Success ? $"'{match.Groups["value"].Value}' is not a valid {Describe(match.Groups["type"].Value)}." : bad.Message;
            if (parameter is not null)
            {
                extensions["parameter"] = parameter;
            }
        }
        else if (status == StatusCodes.Status503ServiceUnavailable)
        {
            title = "Database unavailable";
            detail = error is PostgresException { SqlState: "57014" }
                ? "The query took longer than the statement timeout allows; try again shortly or narrow the request."
                : "The database cannot be reached right now; try again shortly.";
            context.Response.Headers.RetryAfter = "5";
        }
        else
        {
            title = "Internal error";
            detail = "Something went wrong on our side; the error has been logged.";
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail, Extensions = extensions },
        });
    }

    private static string Describe(string type) => Unwrap(type) switch
    {
        "int" or "long" => "whole number",
        "double" or "decimal" => "number",
        "bool" => "boolean (true or false)",
        var other => other,
    };

    private static string Unwrap(string type) =>
        type.StartsWith("Nullable<", StringComparison.Ordinal) ? type[9..^1] : type.TrimEnd('?');

    [GeneratedRegex("""^Failed to bind parameter "(?<type>\S+) (?<name>[^"]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();
}
