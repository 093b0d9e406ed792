using System.Text;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>
/// The tests' own reading of geodata/dialogues/*.csv, independent of the importer, so that
/// expected answers come from the files themselves rather than from the code under test.
/// </summary>
public static class CsvFile
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string name)
    {
        var records = Records(File.ReadAllText(Path.Combine(Repository.Dialogues, name), Encoding.UTF8));
        var header = records[0];
        return records.Skip(1).Where(r => r.Count > 1 || r[0].Length > 0)
            .Select(r => (IReadOnlyDictionary<string, string>)header.Zip(r).ToDictionary(p => p.First, p => p.Second.Trim()))
            .ToArray();
    }

    private static List<List<string>> Records(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; }
            else if (c != '\r') { field.Append(c); }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
