using System.Collections.Frozen;
using System.Reflection;

namespace PartyAtlas.Core.Database;

/// <summary>
/// The embedded .sql files under Sql/, read once. Keys are paths such as
/// "Countries/countries_collection.sql"; a missing name is a programming error.
/// </summary>
public static class SqlFiles
{
    private static readonly FrozenDictionary<string, string> Files = Load();

    /// <summary>
    /// A command running the embedded file <paramref name="name"/>: the one place command text is not a
    /// literal (CA2100), and it is always a reviewed file of this assembly, never request input.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "The text is an embedded .sql file of this assembly; values are bound parameters.")]
    public static Npgsql.NpgsqlCommand Command(string name, Npgsql.NpgsqlConnection connection, Npgsql.NpgsqlTransaction? transaction = null) =>
        new(Get(name), connection, transaction);

    public static string Get(string name) =>
        Files.TryGetValue(name, out var sql) ? sql : throw new KeyNotFoundException($"No embedded SQL file '{name}'.");

    public static IEnumerable<KeyValuePair<string, string>> Under(string folder) =>
        Files.Where(f => f.Key.StartsWith(folder + "/", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal);

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = typeof(SqlFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
            .ToFrozenDictionary(n => n.Replace('\\', '/'), n => Read(assembly, n), StringComparer.Ordinal);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
