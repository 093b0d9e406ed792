using System.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace PartyAtlas.Api.Infrastructure;

/// <summary>
/// Writes every problem as application/problem+json, whatever the request's Accept header says: a
/// client that asked for text/csv or XML still gets a readable error rather than a bare status line
/// (the default writer declines those, and status-code pages then fall back to plain text).
/// </summary>
internal sealed class ProblemJsonWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Type ??= "about:blank";
        problem.Extensions.TryAdd("trace_id", Activity.Current?.Id ?? http.TraceIdentifier);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", http.RequestAborted));
    }
}
