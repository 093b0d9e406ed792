using System.Text.RegularExpressions;
using static PartyAtlas.Core.Database.SqlIdentifier;

namespace PartyAtlas.Core.Ogc;

/// <summary>
/// A property a client may filter (CQL2) and sort on, and the SQL expression that reads it from the row
/// source `f`: a column of the row source, or a member of its prepared `properties`. Names and
/// expressions come from <see cref="FeatureCollections"/> only; a request's text never reaches SQL.
/// </summary>
public sealed partial record Queryable(string Name, FilterType Type, string Description, IReadOnlyList<string>? Allowed, string Sql)
{
    public bool Sortable => Type != FilterType.Geometry;

    /// <summary>A column of the row source, named after the queryable.</summary>
    public static Queryable Column(string name, FilterType type, string description, IReadOnlyList<string>? allowed = null) =>
        new(name, type, description, allowed, "f." + Quote(name));

    /// <summary>A member of the row source's prepared properties, cast to its type.</summary>
    public static Queryable Property(string name, FilterType type, string description, IReadOnlyList<string>? allowed = null) =>
        PlainName().IsMatch(name)
            ? new(name, type, description, allowed, $"(f.properties->>'{name}')::{SqlType(type)}")
            : throw new ArgumentException($"'{name}' cannot be a property queryable.", nameof(name));

    /// <summary>The PostgreSQL type a value of this type is bound and cast as.</summary>
    public static string SqlType(FilterType type) => type switch
    {
        FilterType.Text => "text",
        FilterType.Integer => "int",
        FilterType.Boolean => "boolean",
        FilterType.Number => "numeric",
        FilterType.Date => "date",
        FilterType.Geometry => "geometry",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex PlainName();
}
