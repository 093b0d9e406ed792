using System.Text;
using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PartyAtlas.Tests.Import;

/// <summary>
/// A corpus of broken bundles — truncated files, wrong encodings, huge cells, spreadsheet-formula
/// cells, duplicate keys, garbage — each rejected with a message, nothing written. The bundles are broken
/// copies of the fixture bundle (tests/fixtures/dialogues), whose rows stay put when the shipped data grows.
/// </summary>
public sealed class ImportCorpusTests(ITestOutputHelper output)
{
    private static readonly string[] Csvs =
        ["sources.csv", "dialogues.csv", "counts.csv", "participations.csv", "region_groups.csv", "region_group_members.csv", "dialogue_scopes.csv",
         "parties.csv", "party_affiliations.csv"];

    private static IEnumerable<(string Name, Action<GeodataCopy> Break)> Corpus()
    {
        foreach (var file in Csvs.Select(c => $"dialogues/{c}").Append("countries.geojson"))
        {
            foreach (var share in new[] { 0.1, 0.5, 0.9 })
            {
                yield return ($"{file} truncated at {share:P0}", c => Truncate(c.PathOf(file), share));
            }
        }

        yield return ("sources.csv in UTF-16", c => Reencode(c.PathOf("dialogues/sources.csv"), Encoding.Unicode, bom: true));
        yield return ("participations.csv in Latin-1", c => Reencode(c.PathOf("dialogues/participations.csv"), Encoding.Latin1, bom: false));
        yield return ("dialogues.csv in UTF-16 without BOM", c => Reencode(c.PathOf("dialogues/dialogues.csv"), Encoding.Unicode, bom: false));
        yield return ("countries.geojson in UTF-32", c => Reencode(c.PathOf("countries.geojson"), Encoding.UTF32, bom: true));
        yield return ("a 1 MB note", c => c.EditField("dialogues/participations.csv", 2, "note", new string('x', 1_000_000)));
        yield return ("a 200 KB unquoted line", c => c.AppendLine("dialogues/region_group_members.csv", "celac," + new string('Y', 200_000)));
        foreach (var (column, formula) in new[]
                 {
                     ("note", "=cmd|' /C calc'!A0"), ("party", "+SUM(1,1)"), ("person", "@IMPORTXML(1)"), ("role", "-1+2"),
                     ("note", "\t=1+1"), ("party", " =HYPERLINK(\"http://x\")"),
                 })
        {
            yield return ($"formula in {column}: {formula.Trim()}", c => c.EditField("dialogues/participations.csv", 3, column, formula));
        }

        yield return ("a NUL byte in a cell", c => c.EditField("dialogues/sources.csv", 2, "title", "bad\0title"));
        yield return ("duplicate source id", c => c.AppendLine("dialogues/sources.csv", File.ReadLines(c.PathOf("dialogues/sources.csv")).ElementAt(5)));
        yield return ("duplicate participation id", c => c.AppendLine("dialogues/participations.csv", File.ReadLines(c.PathOf("dialogues/participations.csv")).ElementAt(7)));
        yield return ("duplicate count", c => c.AppendLine("dialogues/counts.csv", File.ReadLines(c.PathOf("dialogues/counts.csv")).ElementAt(3)));
        yield return ("duplicate group member", c => c.AppendLine("dialogues/region_group_members.csv", File.ReadLines(c.PathOf("dialogues/region_group_members.csv")).ElementAt(1)));
        yield return ("duplicate country", c => c.EditCountries(f => f.Add(CountryImportTests.Feature(f, "CHN").DeepClone())));
        yield return ("columns reordered", c => c.EditLine("dialogues/counts.csv", 1, h => string.Join(',', h.Split(',').Reverse())));
        yield return ("empty participations.csv", c => File.WriteAllText(c.PathOf("dialogues/participations.csv"), ""));
        yield return ("empty countries.geojson", c => File.WriteAllText(c.PathOf("countries.geojson"), ""));
        yield return ("random bytes as countries.geojson", c => File.WriteAllBytes(c.PathOf("countries.geojson"), RandomBytes(50_000)));
        yield return ("random bytes as dialogues.csv", c => File.WriteAllBytes(c.PathOf("dialogues/dialogues.csv"), RandomBytes(5_000)));
        yield return ("a GeoJSON Feature, not a collection", c => File.WriteAllText(c.PathOf("countries.geojson"), """{"type":"Feature","properties":{},"geometry":null}"""));
        yield return ("an unclosed quote", c => c.AppendLine("dialogues/sources.csv", "S9999,\"https://example.org/unclosed"));
        yield return ("a missing file", c => File.Delete(c.PathOf("dialogues/counts.csv")));
    }

    [Fact]
    public async Task Every_broken_bundle_of_the_corpus_is_rejected_with_a_message_and_nothing_is_written()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var dataSource = db.CreateDataSource();
        var before = await DatabaseState.FingerprintAsync(db.ConnectionString);
        var count = 0;

        foreach (var (name, breakIt) in Corpus())
        {
            using var copy = GeodataCopy.Fixture();
            breakIt(copy);

            var result = await GeodataImporter.ImportAsync(dataSource, copy.Folder, dryRun: false, CancellationToken.None);

            Assert.True(result.Outcome == ImportOutcome.Invalid, $"'{name}' was not rejected");
            Assert.NotEmpty(result.Problems);
            Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
            output.WriteLine($"{name}: {result.Problems.Count} problem(s), first: {result.Problems[0]}");
            Assert.Equal(before, await DatabaseState.FingerprintAsync(db.ConnectionString));
            count++;
        }

        output.WriteLine($"{count} broken bundles rejected; database unchanged.");
        Assert.Equal(56, count);
    }

    private static void Truncate(string path, double share)
    {
        var bytes = File.ReadAllBytes(path);
        var cut = (int)(bytes.Length * share);
        // Cut inside a line (just after a separator), not on a line boundary, so the rest of the file is missing mid-record.
        while (cut < bytes.Length - 1 && bytes[cut] != (byte)',' && bytes[cut] != (byte)':')
        {
            cut++;
        }

        File.WriteAllBytes(path, bytes[..(cut + 1)]);
    }

    private static void Reencode(string path, Encoding encoding, bool bom)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        File.WriteAllBytes(path, [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(20261128).NextBytes(bytes);
        return bytes;
    }
}
