using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace PartyAtlas.Api.Platform;

/// <summary>RFC 9457 problem details for every error, with no stack traces or SQL in any response.</summary>
internal static class Problems
{
    public static void AddPartyAtlasProblems(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        builder.Services.AddProblemDetails();
        // A value that does not bind never reaches a handler: RequestValidation answers it first,
        // naming the parameter, so binding failures need no exception (and no parsing of its message).
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
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
        // Unreachable, restarting, overloaded or timed-out database, or one that is not there (3D: dropped or
        // misnamed) or refuses the login (28): an outage to retry later, not a bug. Any other database error is ours: 500.
        PostgresException pg when pg.SqlState[..2] is "08" or "53" or "57" or "3D" or "28" => StatusCodes.Status503ServiceUnavailable,
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
            // Framework-level refusals (body too large, wrong content type): its message is written for clients.
            title = "Bad request";
            detail = bad.Message;
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
}
