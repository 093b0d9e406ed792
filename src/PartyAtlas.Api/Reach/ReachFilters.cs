using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Import;

namespace PartyAtlas.Api.Reach;

/// <summary>
/// The filters every reach endpoint shares, parsed from their query strings into the arrays the
/// SQL takes. A bad value becomes a 400 problem naming the parameter.
/// </summary>
internal static class ReachFilters
{
    public const string SeriesDescription = "Only these series, comma-separated: global, thematic, regional. Default: all.";

    public const string EvidenceDescription =
        "Which evidence counts as reach: `confirmed` (default: spoke, delegation, attended, watched_at_venue), `all` (every type except absent), "
        + "or a comma-separated list of types from: spoke, delegation, attended, watched_at_venue, side_event, message_only, ambiguous, prospective. "
        + "`absent` (explicitly reported absent) never counts.";

    public const string BBoxDescription =
        "Only countries whose geometry meets this box: minLon,minLat,maxLon,maxLat in degrees (CRS84). minLon > maxLon crosses the antimeridian.";

    public const string FormatDescription = "Response format: `json` (default) or `csv`. `Accept: text/csv` does the same.";

    /// <summary>series and evidence together, as most reach routes take them; the first problem wins.</summary>
    public static (string[]? Series, string[]? Evidence, ProblemHttpResult? Problem) SeriesAndEvidence(string? series, string? evidence)
    {
        var seriesList = Series(series, out var seriesProblem);
        var evidenceList = Evidence(evidence, out var evidenceProblem);
        return (seriesList, evidenceList, seriesProblem ?? evidenceProblem);
    }

    /// <returns>null for "all series".</returns>
    public static string[]? Series(string? raw, out ProblemHttpResult? problem) =>
        List("series", raw, ClosedLists.Series, out problem);

    /// <returns>null for the confirmed types (the SQL's default).</returns>
    public static string[]? Evidence(string? raw, out ProblemHttpResult? problem)
    {
        problem = null;
        switch (raw)
        {
            case null or "confirmed":
                return null;
            case "all":
                return ClosedLists.EvidenceTypes.Where(e => e != "absent").ToArray();
        }

        var list = List("evidence", raw, ClosedLists.EvidenceTypes, out problem);
        if (problem is null && list!.Contains("absent"))
        {
            problem = Problems.BadParameter("evidence", "'absent' means explicitly reported absent and never counts as reach.");
            return null;
        }

        return list;
    }

    /// <summary>Parses minLon,minLat,maxLon,maxLat; returns null (no filter) when <paramref name="raw"/> is null.</summary>
    public static double[]? BBox(string? raw, out ProblemHttpResult? problem)
    {
        problem = null;
        if (raw is null)
        {
            return null;
        }

        var parts = raw.Split(',');
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : double.NaN).ToArray();
        string? error = parts.Length switch
        {
            6 => "3D boxes (6 numbers) are not supported: give minLon,minLat,maxLon,maxLat.",
            not 4 => $"expected 4 comma-separated numbers (minLon,minLat,maxLon,maxLat); got {parts.Length}.",
            _ when numbers.Any(double.IsNaN) => "every part must be a finite number.",
            _ when numbers[0] is < -180 or > 180 || numbers[2] is < -180 or > 180 => "longitudes must be from -180 to 180.",
            _ when numbers[1] is < -90 or > 90 || numbers[3] is < -90 or > 90 => "latitudes must be from -90 to 90.",
            _ when numbers[1] > numbers[3] => "minLat is greater than maxLat.",
            _ => null,
        };
        if (error is not null)
        {
            problem = Problems.BadParameter("bbox", $"'{raw}': {error}");
            return null;
        }

        return numbers;
    }

    private static string[]? List(string name, string? raw, IReadOnlyList<string> allowed, out ProblemHttpResult? problem)
    {
        problem = null;
        if (raw is null)
        {
            return null;
        }

        var values = raw.Split(',', StringSplitOptions.TrimEntries);
        var bad = values.FirstOrDefault(v => !allowed.Contains(v));
        if (bad is not null)
        {
            problem = Problems.BadParameter(name, $"'{bad}' is not one of: {string.Join(", ", allowed)}.");
            return null;
        }

        return values.Distinct(StringComparer.Ordinal).ToArray();
    }
}
