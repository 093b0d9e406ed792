using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Import;

namespace PartyAtlas.Api.Platform;

/// <summary>Range and vocabulary checks shared by the endpoints; each failure names its parameter.</summary>
internal static partial class QueryChecks
{
    public const int MaxZoom = 24;
    public const int MaxPrecision = 15;

    public static ProblemHttpResult? Range(string name, int? value, int min, int max) =>
        value is { } v && (v < min || v > max)
            ? Problems.BadParameter(name, $"{name} must be from {min} to {max}; got {v}.")
            : null;

    public static ProblemHttpResult? OneOf(string name, string? value, IReadOnlyList<string> allowed) =>
        value is not null && !allowed.Contains(value)
            ? Problems.BadParameter(name, $"'{value}' is not one of: {string.Join(", ", allowed)}.")
            : null;

    public static ProblemHttpResult? Format(string? f) => OneOf("f", f, ["json", "csv"]);

    public static bool IsSlug(string value) => Slug().IsMatch(value);

    /// <summary>A malformed event id is a 400; a well-formed id of no event is too, when <paramref name="exists"/> says so.</summary>
    public static ProblemHttpResult? EventId(string name, string? value, bool exists = true) => value switch
    {
        null => null,
        _ when !IsSlug(value) => Problems.BadParameter(name, $"'{value}' is not an event id (lower-case letters, digits and hyphens, e.g. hlm-2017)."),
        _ when !exists => Problems.BadParameter(name, $"No event with id '{value}'; GET /dialogues lists them."),
        _ => null,
    };

    public static ProblemHttpResult? Year(int? year) => Range("year", year, 1900, 2100);

    public static ProblemHttpResult? Series(string? series) => OneOf("series", series, ClosedLists.Series);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
