using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Ogc;
using PartyAtlas.Core.Ogc.Filtering;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Ogc;

/// <summary>
/// The query string of an OGC items request (Part 1: bbox, datetime, limit, offset) plus the
/// collection's equality filters, validated: any bad or unknown parameter is a 400 problem.
/// </summary>
internal static partial class OgcQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static readonly string[] CommonParameters = ["bbox", "bbox-crs", "crs", "datetime", "limit", "offset", "sortby", "properties", "filter", "filter-lang", "filter-crs", "f"];

    /// <summary>At most this many sortby terms (the collection's own order always follows as the tiebreak).</summary>
    public const int MaxSortTerms = 3;

    /// <summary>f=json (or geojson, for clients that always send it) or f=html (the resource's page; see Html/HtmlNegotiation).</summary>
    public static ProblemHttpResult? CheckUnknownAndFormat(IQueryCollection query, IEnumerable<string> allowed)
    {
        if (RequestValidation.Unknown(query, allowed.ToHashSet(StringComparer.Ordinal)) is { } unknown)
        {
            return unknown;
        }

        var f = query["f"].FirstOrDefault();
        return f is null or "json" or "geojson" or "html" ? null : Problems.BadParameter("f", $"'{f}' is not an available format: json or html.");
    }

    public static (FeatureQuery? Query, ProblemHttpResult? Problem) Parse(IQueryCollection query, FeatureCollectionDefinition collection, string? featureId = null)
    {
        if (CheckUnknownAndFormat(query, [.. CommonParameters, .. collection.Filters.Select(f => f.Name)]) is { } unknown)
        {
            return (null, unknown);
        }

        if (query.Any(q => q.Value.Count > 1))
        {
            var repeated = query.First(q => q.Value.Count > 1).Key;
            return (null, Problems.BadParameter(repeated, $"'{repeated}' is given more than once."));
        }

        var (crs, _, crsError) = OgcCrs.Parse(query["crs"].FirstOrDefault());
        if (crsError is not null)
        {
            return (null, Problems.BadParameter("crs", crsError));
        }

        var (bboxCrs, _, bboxCrsError) = OgcCrs.Parse(query["bbox-crs"].FirstOrDefault());
        if (bboxCrsError is not null)
        {
            return (null, Problems.BadParameter("bbox-crs", bboxCrsError));
        }

        BBox? bbox = null;
        if (query["bbox"].FirstOrDefault() is { } bboxText)
        {
            var (box, bboxError) = OgcCrs.ToCrs84(bboxText, bboxCrs);
            if (bboxError is not null)
            {
                return (null, Problems.BadParameter("bbox", bboxError));
            }

            bbox = box;
        }

        if (!TryParseDatetime(query["datetime"].FirstOrDefault(), out var from, out var to, out var datetimeError))
        {
            return (null, Problems.BadParameter("datetime", datetimeError));
        }

        var limitText = query["limit"].FirstOrDefault();
        var limit = DefaultLimit;
        if (limitText is not null && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            return (null, Problems.BadParameter("limit", $"'{limitText}' is not a whole number of at least 1 (values above {MaxLimit} are clamped)."));
        }

        var offsetText = query["offset"].FirstOrDefault();
        var offset = 0;
        if (offsetText is not null && !int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            return (null, Problems.BadParameter("offset", $"'{offsetText}' is not a whole number of at least 0."));
        }

        var values = new List<object?>();
        foreach (var filter in collection.Filters)
        {
            var raw = query[filter.Name].FirstOrDefault();
            var (value, error) = ParseFilter(filter, raw);
            if (error is not null)
            {
                return (null, Problems.BadParameter(filter.Name, error));
            }

            values.Add(value);
        }

        var (sortBy, sortError) = ParseSortBy(query["sortby"].FirstOrDefault(), collection);
        if (sortError is not null)
        {
            return (null, Problems.BadParameter("sortby", sortError));
        }

        var (properties, propertiesError) = ParseProperties(query["properties"].FirstOrDefault(), collection);
        if (propertiesError is not null)
        {
            return (null, Problems.BadParameter("properties", propertiesError));
        }

        var (cql, filterProblem) = ParseCql(query, collection);
        if (filterProblem is not null)
        {
            return (null, filterProblem);
        }

        // Above the maximum is clamped, not rejected (OGC API – Features /req/core/fc-limit-response-1).
        return (new FeatureQuery(bbox, from, to, Math.Min(limit, MaxLimit), offset, featureId, values) { SortBy = sortBy, Properties = properties, Crs = crs, Filter = cql }, null);
    }

    /// <summary>
    /// Part 3: filter (CQL2, in filter-lang: cql2-text by default, or cql2-json) over the collection's queryables,
    /// with geometry literals in filter-crs, which may only be CRS84. Any fault is a 400 naming the parameter.
    /// </summary>
    internal static (CompiledFilter? Filter, ProblemHttpResult? Problem) ParseCql(IQueryCollection query, FeatureCollectionDefinition collection)
    {
        var language = query["filter-lang"].FirstOrDefault() ?? "cql2-text";
        if (!CqlFilter.Languages.Contains(language))
        {
            return (null, Problems.BadParameter("filter-lang", $"'{CqlTime.Shown(language)}' is not a filter language here: {string.Join(", ", CqlFilter.Languages)}."));
        }

        if (query["filter-crs"].FirstOrDefault() is { } filterCrs && filterCrs != OgcCrs.Crs84)
        {
            return (null, Problems.BadParameter("filter-crs", $"Filter geometries are CRS84 only ({OgcCrs.Crs84})."));
        }

        if (query["filter"].FirstOrDefault() is not { } text)
        {
            return (null, null);
        }

        try
        {
            return (CqlFilter.Compile(text, language, collection), null);
        }
        catch (CqlException e)
        {
            return (null, Problems.BadParameter("filter", e.Message));
        }
    }

    /// <summary>properties: comma-separated members of the collection's feature properties to keep (the rest are left out).</summary>
    internal static (IReadOnlyList<string>? Names, string? Error) ParseProperties(string? raw, FeatureCollectionDefinition collection)
    {
        if (raw is null)
        {
            return (null, null);
        }

        var names = raw.Split(',', StringSplitOptions.TrimEntries);
        return names.FirstOrDefault(n => !collection.Properties.Contains(n)) is { } unknown
            ? (null, $"'{Uri.EscapeDataString(unknown[..Math.Min(unknown.Length, 40)])}' is not a property of '{collection.Id}'. Properties: {string.Join(", ", collection.Properties)}.")
            : (names.Distinct(StringComparer.Ordinal).ToArray(), null);
    }

    /// <summary>
    /// sortby: comma-separated queryables, each with an optional + (ascending, the default) or - (descending).
    /// A '+' arrives as a space when the client did not escape it, so a leading space is ascending too.
    /// </summary>
    internal static (IReadOnlyList<SortTerm> Keys, string? Error) ParseSortBy(string? raw, FeatureCollectionDefinition collection)
    {
        if (raw is null)
        {
            return ([], null);
        }

        var keys = new List<SortTerm>();
        foreach (var term in raw.Split(','))
        {
            var text = term.TrimStart(' ');
            var descending = text.StartsWith('-');
            var name = text.TrimStart('+', '-').Trim();
            if (collection.FindQueryable(name) is not { Sortable: true })
            {
                return ([], $"'{Uri.EscapeDataString(name[..Math.Min(name.Length, 40)])}' is not sortable here. Sort by: {string.Join(", ", Sortable(collection))} (prefix - for descending).");
            }

            if (keys.Any(k => k.Column == name))
            {
                return ([], $"'{name}' is given twice.");
            }

            keys.Add(new SortTerm(name, descending));
        }

        return keys.Count > MaxSortTerms ? ([], $"At most {MaxSortTerms} sort terms.") : (keys, null);
    }

    /// <summary>The queryables a collection may be sorted by (all but the geometry).</summary>
    public static IEnumerable<string> Sortable(FeatureCollectionDefinition collection) =>
        collection.Queryables.Where(q => q.Sortable).Select(q => q.Name);

    private static (object? Value, string? Error) ParseFilter(CollectionFilter filter, string? raw) => filter.Type switch
    {
        _ when raw is null => (null, null),
        FilterType.Integer => int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? (n, null) : (null, $"'{raw}' is not a whole number."),
        // GDAL pushes a boolean field's `-where x = 1` down as x=1.
        FilterType.Boolean => raw is "true" or "false" or "1" or "0" ? (raw is "true" or "1", null) : (null, $"'{raw}' is not true or false."),
        _ when filter.Allowed is { } allowed && !allowed.Contains(raw) => (null, $"'{raw}' is not one of: {string.Join(", ", allowed)}."),
        // Free text still never carries control characters (PostgreSQL refuses NUL in text) or a page of junk.
        _ when !IsPlainText(raw) => (null, $"'{Uri.EscapeDataString(raw[..Math.Min(raw.Length, 40)])}' is not a value: at most {MaxTextLength} characters, no control characters."),
        _ => (raw, null),
    };

    /// <summary>The longest free-text filter value or feature id accepted.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Text that may be bound as a value: not too long, no control characters.</summary>
    public static bool IsPlainText(string text) => text.Length <= MaxTextLength && !text.Any(char.IsControl);
}
