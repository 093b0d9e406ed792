using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Import;

namespace PartyAtlas.Api.Endpoints;

/// <summary>Range and vocabulary checks shared by the endpoints; each failure names its parameter.</summary>
internal static class QueryChecks
{
    public const int MaxZoom = 24;
    public const int MaxPrecision = 15;

    public static ProblemHttpResult? Range(string name, int? value, int min, int max) =>
        value is { } v && (v < min || v > max)
            ? Infrastructure.Problems.BadParameter(name, $"{name} must be from {min} to {max}; got {v}.")
            : null;

    public static ProblemHttpResult? OneOf(string name, string? value, IReadOnlyList<string> allowed) =>
        value is not null && !allowed.Contains(value)
            ? Infrastructure.Problems.BadParameter(name, $"'{value}' is not one of: {string.Join(", ", allowed)}.")
            : null;

    public static ProblemHttpResult? Year(int? year) => Range("year", year, 1900, 2100);

    public static ProblemHttpResult? Series(string? series) => OneOf("series", series, ClosedLists.Series);
}
