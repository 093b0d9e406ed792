using System.Text.Json.Nodes;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>A throwaway copy of geodata/ that a test may break on purpose.</summary>
public sealed class GeodataCopy : IDisposable
{
    public GeodataCopy()
    {
        Folder = Directory.CreateTempSubdirectory("partyatlas-geodata-").FullName;
        File.Copy(Path.Combine(Repository.Geodata, "countries.geojson"), Path.Combine(Folder, "countries.geojson"));
        Directory.CreateDirectory(Path.Combine(Folder, "dialogues"));
        foreach (var csv in Directory.GetFiles(Repository.Dialogues, "*.csv"))
        {
            File.Copy(csv, Path.Combine(Folder, "dialogues", Path.GetFileName(csv)));
        }
    }

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

    public void AppendLine(string relative, string text) => File.AppendAllText(PathOf(relative), text + "\n");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
