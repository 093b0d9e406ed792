using System.Text.Json;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Release;

/// <summary>The citable dataset release (CLI export dataset), checked with the readers its users have.</summary>
public sealed class DatasetReleaseTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_release_validates_with_the_frictionless_library_and_its_citation_parses_with_citation_js()
    {
        var folder = Directory.CreateTempSubdirectory("partyatlas-release-").FullName;
        try
        {
            var export = await CliProcess.RunAsync(api.Database.ConnectionString, "export", "dataset", "--out", folder);
            Assert.True(export.Exit == 0, export.Stderr);

            var report = JsonDocument.Parse(await Browser.NodeAsync("validate-release.cjs", TimeSpan.FromMinutes(2), folder)).RootElement;

            // Descriptor profile, every resource read with its Table Schema, foreign keys resolved: no error.
            Assert.Empty(report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
            var rows = report.GetProperty("rows");
            foreach (var table in new[] { "dialogues", "participations", "sources", "parties", "counts" })
            {
                Assert.Equal(CsvFile.Read($"{table}.csv").Count, rows.GetProperty(table).GetInt32());
            }

            Assert.Equal(await DatabaseState.ScalarAsync<long>(api.Database.ConnectionString, "SELECT count(*) FROM countries"), rows.GetProperty("countries").GetInt32());
            var version = await DatabaseState.ScalarAsync<string>(api.Database.ConnectionString, "SELECT version FROM current_data_version");
            Assert.Equal(version, report.GetProperty("citation").GetProperty("version").GetString());
            // The BibTeX says the same as the CFF: title, version, year.
            var (cff, bib) = (report.GetProperty("citation"), report.GetProperty("bibtex"));
            Assert.Equal(cff.GetProperty("title").GetString(), bib.GetProperty("title").GetString());
            Assert.Equal(version, bib.GetProperty("version").GetString());
            // One organisation, not a person whose first name is "PartyAtlas".
            Assert.Equal("PartyAtlas contributors", bib.GetProperty("author")[0].GetProperty("family").GetString());
            Assert.False(bib.GetProperty("author")[0].TryGetProperty("given", out _));
            Assert.Equal(cff.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32(), bib.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
            Assert.StartsWith("cff-version: 1.2.0", await File.ReadAllTextAsync(Path.Combine(folder, "CITATION.cff")), StringComparison.Ordinal);
            Assert.Contains("| CPC and World Political Parties Summit", await File.ReadAllTextAsync(Path.Combine(folder, "README.md")), StringComparison.Ordinal);

            // The GeoPackage, as GDAL reads it: the layers, each with as many features as the database holds.
            var info = await Gdal.OgrInfoAsync("-ro", "-so", "-al", Path.Combine(folder, "partyatlas.gpkg"));
            var counts = System.Text.RegularExpressions.Regex.Matches(info, @"Layer name: (\w+)\s+(?:.*\n)*?Feature Count: (\d+)")
                .ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            var db = api.Database.ConnectionString;
            Assert.Equal(["countries", "participations", "reach", "dialogues"], counts.Keys);
            Assert.Equal(await DatabaseState.ScalarAsync<long>(db, "SELECT count(*) FROM countries"), counts["countries"]);
            Assert.Equal(await DatabaseState.ScalarAsync<long>(db, "SELECT count(*) FROM participations"), counts["participations"]);
            Assert.Equal(await DatabaseState.ScalarAsync<long>(db, "SELECT count(*) FROM reach_country_years(NULL, NULL, NULL)"), counts["reach"]);
            Assert.Equal(await DatabaseState.ScalarAsync<long>(db, "SELECT count(*) FROM dialogues"), counts["dialogues"]);
            Assert.Contains("Geometry: Point", info, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
