using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// The one validation path of every request value. From the handler's signature (its parameters and
/// the properties of its [AsParameters] record), composed once per endpoint, it knows each query and
/// route value's name and type; per request it rejects unknown or repeated query parameters, missing
/// required ones, and any value its type's TryParse refuses — each as the same 400 problem naming the
/// parameter and the accepted form. The handler then only sees values that parsed.
/// </summary>
internal static class RequestValidation
{
    public static TBuilder ValidateRequest<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory((context, next) =>
        {
            var values = RequestValue.Of(context.MethodInfo, context.ApplicationServices);
            var queryNames = values.Select(v => v.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return invocation => Check(invocation.HttpContext.Request, values, queryNames) is { } problem
                ? ValueTask.FromResult<object?>(problem)
                : next(invocation);
        });
        return builder;
    }

    /// <summary>A 400 naming the first query parameter not in <paramref name="allowed"/>, or null.</summary>
    public static ProblemHttpResult? Unknown(IQueryCollection query, IReadOnlySet<string> allowed)
    {
        // `v` (a data version in a versioned URL) is every cached route's; ResponseCaching checks it.
        var unknown = query.Keys.Where(k => !allowed.Contains(k) && k != VersionedUrls.Parameter).Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length == 0)
        {
            return null;
        }

        var known = allowed.Count == 0 ? "none" : string.Join(", ", allowed.Order(StringComparer.Ordinal));
        return Problems.BadParameter(unknown[0],
            $"Unknown query parameter{(unknown.Length > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}. This route accepts: {known}.");
    }

    /// <summary>A 400 for a value of type <typeparamref name="T"/> that does not parse, or null (also when absent).</summary>
    public static ProblemHttpResult? Invalid<T>(string name, string? text) where T : IQueryValue<T> =>
        text is null || T.TryParse(text, out _, out var error) ? null : Problems.BadParameter(name, $"{error} Expected {T.Form}.");

    private static ProblemHttpResult? Check(HttpRequest request, IReadOnlyList<RequestValue> values, IReadOnlySet<string> queryNames)
    {
        if (Unknown(request.Query, queryNames) is { } unknown)
        {
            return unknown;
        }

        foreach (var value in values)
        {
            // A name the route template matched is a path segment; any other is a query parameter.
            StringValues raw = request.RouteValues.TryGetValue(value.Name, out var segment) ? segment?.ToString() : request.Query[value.Name];
            if (raw.Count > 1)
            {
                return Problems.BadParameter(value.Name, $"'{value.Name}' is given more than once.");
            }

            if (raw.Count == 0 && value.Required)
            {
                return Problems.BadParameter(value.Name, $"{value.Name} is required: {value.Form}.");
            }

            // NUL and other control characters are never part of a value (and NUL cannot reach PostgreSQL).
            if (raw.Count == 1 && raw[0] is { } text && text.Any(char.IsControl))
            {
                return Problems.BadParameter(value.Name, $"'{value.Name}' holds a control character; no value accepts one.");
            }

            if (raw.Count == 1 && value.Check(value.Name, raw[0]) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }
}
