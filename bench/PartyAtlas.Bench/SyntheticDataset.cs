using System.Text.Json;
using nietras.SeparatedValues;

namespace PartyAtlas.Bench;

/// <summary>
/// A dataset of the same shape as geodata/ but larger: every event copied <c>eventCopies</c> times (10×
/// the events) and every participation of each copy repeated <c>rowsPerParticipation</c> times (100× the
/// participations), the repeats spread over other countries with their own party names, so reach per
/// year and party lists grow as they would with more documented events. Sources, parties and
/// countries are the real ones; the copies keep each event's year, counts and scopes.
/// </summary>
internal static class SyntheticDataset
{
    public static void Write(string geodata, string output, int eventCopies = 10, int rowsPerParticipation = 10, Action<string>? progress = null)
    {
        var source = Path.Combine(geodata, "dialogues");
        var target = Path.Combine(output, "dialogues");
        Directory.CreateDirectory(target);
        File.Copy(Path.Combine(geodata, "countries.geojson"), Path.Combine(output, "countries.geojson"), overwrite: true);
        foreach (var name in new[] { "sources.csv", "parties.csv", "party_affiliations.csv", "region_groups.csv", "region_group_members.csv" })
        {
            File.Copy(Path.Combine(source, name), Path.Combine(target, name), overwrite: true);
        }

        var countries = CountryCodes(Path.Combine(geodata, "countries.geojson"));
        string Copy(string id, int k) => k == 0 || id.Length == 0 ? id : $"{id}-s{k}";

        Rewrite(source, target, "dialogues.csv", (row, write) =>
        {
            for (var k = 0; k < eventCopies; k++)
            {
                write(new Dictionary<string, string>(row)
                {
                    ["id"] = Copy(row["id"], k),
                    ["parent_id"] = Copy(row["parent_id"], k),
                    ["name_en"] = k == 0 ? row["name_en"] : $"{row["name_en"]} (synthetic copy {k})",
                });
            }
        });
        foreach (var name in new[] { "counts.csv", "dialogue_scopes.csv" })
        {
            Rewrite(source, target, name, (row, write) =>
            {
                for (var k = 0; k < eventCopies; k++)
                {
                    write(new Dictionary<string, string>(row) { ["dialogue_id"] = Copy(row["dialogue_id"], k) });
                }
            });
        }

        var numbers = new Dictionary<(string, string), int>();
        var written = 0;
        Rewrite(source, target, "participations.csv", (row, write) =>
        {
            for (var k = 0; k < eventCopies; k++)
            {
                for (var j = 0; j < rowsPerParticipation; j++)
                {
                    var dialogue = Copy(row["dialogue_id"], k);
                    var iso3 = j == 0 ? row["iso3"] : countries[(int)((uint)HashCode.Combine(row["id"], j, k) % (uint)countries.Count)];
                    var n = numbers[(dialogue, iso3)] = numbers.GetValueOrDefault((dialogue, iso3)) + 1;
                    write(new Dictionary<string, string>(row)
                    {
                        ["id"] = k == 0 && j == 0 ? row["id"] : $"{dialogue}.{iso3}.{n + 100}",
                        ["dialogue_id"] = dialogue,
                        ["iso3"] = iso3,
                        ["party"] = j == 0 || row["party"].Length == 0 ? row["party"] : $"{row["party"]} (synthetic {j})",
                        ["party_id"] = j == 0 ? row["party_id"] : "",
                    });
                    if (++written % 5000 == 0)
                    {
                        progress?.Invoke($"{written:N0} participations written");
                    }
                }
            }
        });
    }

    private static List<string> CountryCodes(string geojson)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(geojson));
        return document.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("iso3").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static void Rewrite(string source, string target, string name, Action<Dictionary<string, string>, Action<Dictionary<string, string>>> expand)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(source, name));
        var columns = reader.Header.ColNames.ToArray();
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(Path.Combine(target, name));
        writer.Header.Add(columns);
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in columns)
            {
                values[column] = row[column].ToString();
            }

            expand(values, copy =>
            {
                using var line = writer.NewRow();
                foreach (var column in columns)
                {
                    line[column].Set(copy[column]);
                }
            });
        }
    }
}
