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
