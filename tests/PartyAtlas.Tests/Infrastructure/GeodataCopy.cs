using System.Text.Json.Nodes;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>A throwaway copy of geodata/ (or of the fixture bundle) that a test may break on purpose.</summary>
public sealed class GeodataCopy : IDisposable
{
    /// <summary>A copy of the shipped geodata/: for tests about the real dataset, which name no line or row of it.</summary>
    public GeodataCopy()
        : this(Repository.Dialogues)
    {
    }

    private GeodataCopy(string dialogues)
    {
        Folder = Directory.CreateTempSubdirectory("partyatlas-geodata-").FullName;
        File.Copy(Path.Combine(Repository.Geodata, "countries.geojson"), Path.Combine(Folder, "countries.geojson"));
        Directory.CreateDirectory(Path.Combine(Folder, "dialogues"));
        foreach (var csv in Directory.GetFiles(dialogues, "*.csv"))
        {
            File.Copy(csv, Path.Combine(Folder, "dialogues", Path.GetFileName(csv)));
        }
    }

    /// <summary>
    /// countries.geojson from geodata/ with the small dialogue bundle of tests/fixtures/dialogues: for tests that
    /// break a given line or row and expect it named, so they do not shift when the shipped data grows.
    /// </summary>
    public static GeodataCopy Fixture() => new(Repository.FixtureDialogues);

    public string Folder { get; }

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    /// <summary>Edits countries.geojson as a JSON tree.</summary>
    public void EditCountries(Action<JsonArray> edit)
    {
        var path = PathOf("countries.geojson");
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        edit(root["features"]!.AsArray());
        File.WriteAllText(path, root.ToJsonString());
    }

    /// <summary>Replaces the text of a CSV's line (1-based, the header is line 1).</summary>
    public void EditLine(string relative, int line, Func<string, string> edit)
    {
        var path = PathOf(relative);
        var lines = File.ReadAllLines(path);
        lines[line - 1] = edit(lines[line - 1]);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    /// <summary>Sets one field of a CSV row (line 1 is the header), re-quoting the row.</summary>
    public void EditField(string relative, int line, string column, string value)
    {
        var header = File.ReadLines(PathOf(relative)).First().Split(',');
        var index = Array.IndexOf(header, column);
        Assert.True(index >= 0, $"{relative} has no column {column}");
        EditLine(relative, line, text =>
        {
            var fields = SplitLine(text);
            fields[index] = value;
            return string.Join(',', fields.Select(Quote));
        });
    }

    private static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') { quoted = !quoted; }
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else { field.Append(c); }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    public void AppendLine(string relative, string text) => File.AppendAllText(PathOf(relative), text + "\n");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
