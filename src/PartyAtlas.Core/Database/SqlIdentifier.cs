using System.Text.RegularExpressions;

namespace PartyAtlas.Core.Database;

/// <summary>
/// Names placed into SQL text, for the few queries composed at start-up (Ogc/items.sql). Values are
/// never placed: they stay parameters. Names come from code, never from a request.
/// </summary>
public static partial class SqlIdentifier
{
    /// <summary>A double-quoted identifier (embedded quotes doubled, as NpgsqlCommandBuilder.QuoteIdentifier does).</summary>
    public static string Quote(string name) =>
        string.IsNullOrEmpty(name) || name.Contains('\0', StringComparison.Ordinal)
            ? throw new ArgumentException($"'{name}' cannot be an SQL identifier.", nameof(name))
            : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A parameter placeholder (@name); Npgsql only recognises plain names, so anything else is a programming error.</summary>
    public static string Parameter(string name) =>
        PlainName().IsMatch(name) ? "@" + name : throw new ArgumentException($"'{name}' cannot be an SQL parameter name.", nameof(name));

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex PlainName();
}
