using System.Net;
using System.Net.Http.Headers;
using PartyAtlas.Core.Import;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Reach;

/// <summary>Bad input, CSV, and revalidation: the contract every reach endpoint shares.</summary>
public sealed class ReachContractTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/reach", "year")]                                  // required
    [InlineData("/reach?year=twenty", "year")]
    [InlineData("/reach?year=2021.5", "year")]
    [InlineData("/reach?year=1899", "year")]
    [InlineData("/reach?year=2101", "year")]
    [InlineData("/reach?year=2021&series=bilateral", "series")]
    [InlineData("/reach?year=2021&evidence=rumoured", "evidence")]
    [InlineData("/reach?year=2021&evidence=spoke,absent", "evidence")]
    [InlineData("/reach?year=2021&bbox=1,2,3", "bbox")]
    [InlineData("/reach?year=2021&bbox=0,0,10,10,0,5", "bbox")]
    [InlineData("/reach?year=2021&bbox=a,b,c,d", "bbox")]
    [InlineData("/reach?year=2021&bbox=0,50,10,40", "bbox")]
    [InlineData("/reach?year=2021&bbox=0,0,200,10", "bbox")]
    [InlineData("/reach?year=2021&bbox=NaN,0,10,10", "bbox")]
    [InlineData("/reach?year=2021&precision=16", "precision")]
    [InlineData("/reach?year=2021&precision=-1", "precision")]
    [InlineData("/reach?year=2021&zoom=30", "zoom")]
    [InlineData("/reach?year=2021&include=some", "include")]
    [InlineData("/reach?year=2021&dialogue=Summit_2021", "dialogue")]
    [InlineData("/reach?year=2021&dialogue=summit-2099", "dialogue")]
    [InlineData("/reach?year=2021&f=xml", "f")]
    [InlineData("/reach?year=2021&colour=red", "colour")]
    [InlineData("/reach/timeline?by=decade", "by")]
    [InlineData("/reach/timeline?series=global,nope", "series")]
    [InlineData("/reach/timeline?year=2021", "year")]
    [InlineData("/reach/regions", "year")]
    [InlineData("/reach/regions?year=abc", "year")]
    [InlineData("/reach/compare?from=2021", "to")]
    [InlineData("/reach/compare?from=2021&to=2017", "from")]
    [InlineData("/reach/compare?from=2017&to=3000", "to")]
    [InlineData("/reach/distance?year=2021&evidence=absent", "evidence")]
    [InlineData("/countries/RUS/timeline?f=pdf", "f")]
    [InlineData("/countries/R1S/timeline", "iso3")]
    [InlineData("/dialogues/celac-ppf-2015/scope?evidence=x", "evidence")]
    public async Task Bad_input_is_a_400_problem_naming_the_parameter(string url, string parameter)
    {
        var problem = await api.Client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.Str("parameter"));
    }

    [Theory]
    [InlineData("/countries/QQQ/timeline")]
    [InlineData("/dialogues/no-such-event/scope")]
    public async Task An_unknown_id_is_a_404_problem(string url) =>
        await api.Client.GetProblemAsync(url, HttpStatusCode.NotFound);

    [Theory]
    [InlineData("/reach/timeline?f=csv", "years")]
    [InlineData("/reach?year=2021&f=csv", "features")]
    [InlineData("/reach/regions?year=2021&f=csv", "features")]
    [InlineData("/reach/compare?from=2017&to=2023&f=csv", "features")]
    [InlineData("/reach/distance?year=2021&f=csv", "distances")]
    [InlineData("/countries/VNM/timeline?f=csv", "entries")]
    public async Task Tabular_endpoints_answer_csv_with_a_header_and_one_line_per_row(string url, string rowsMember)
    {
        using var csvResponse = await api.Client.GetAsync(url);
        var csv = await csvResponse.Content.ReadAsStringAsync();
        var json = await api.Client.GetJsonAsync(url.Replace("f=csv", "f=json", StringComparison.Ordinal),
            rowsMember == "features" ? "application/geo+json" : "application/json");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(json.GetProperty(rowsMember).GetArrayLength() + 1, lines.Length);
        Assert.DoesNotContain("geometry", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_text_csv_negotiates_csv_without_the_f_parameter()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/reach/timeline");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await api.Client.SendAsync(request);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("year,", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reach?year=2021&zoom=0")]
    [InlineData("/reach/timeline")]
    [InlineData("/countries?zoom=0")]
    [InlineData("/dialogues")]
    [InlineData("/sources/S18")]
    public async Task A_response_carries_a_strong_etag_and_revalidates_with_304(string url)
    {
        using var first = await api.Client.GetAsync(url);
        var etag = first.Headers.ETag;

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag!);
        using var second = await api.Client.SendAsync(request);

        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Contains("max-age", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Different_requests_get_different_etags_and_a_problem_gets_none()
    {
        using var a = await api.Client.GetAsync("/reach?year=2021&zoom=0");
        using var b = await api.Client.GetAsync("/reach?year=2017&zoom=0");
        using var csv = await api.Client.GetAsync("/reach?year=2021&zoom=0&f=csv");
        using var bad = await api.Client.GetAsync("/reach?year=1");

        Assert.NotEqual(a.Headers.ETag, b.Headers.ETag);
        Assert.NotEqual(a.Headers.ETag, csv.Headers.ETag);
        Assert.Null(bad.Headers.ETag);
    }

    [Fact]
    public async Task An_import_that_changes_the_data_changes_the_etag()
    {
        await using var db = await (await PostGis.GetAsync()).CreateDatabaseAsync();
        await using var factory = ApiFixture.CreateFactory(db.ConnectionString);
        using var client = factory.CreateClient();
        using var before = await client.GetAsync("/reach/timeline");
        using var copy = new GeodataCopy();
        copy.EditField("dialogues/participations.csv", 2, "note", "edited");
        await using (var dataSource = db.CreateDataSource())
        {
            Assert.Equal(ImportOutcome.Imported, (await GeodataImporter.ImportAsync(dataSource, copy.Folder, false, CancellationToken.None)).Outcome);
        }

        async Task<HttpResponseMessage> Revalidate()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/reach/timeline");
            request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
            return await client.SendAsync(request);
        }

        // Within 2 s the API answers a client revalidating the old version with the new one (200, new ETag).
        using var after = await NewData.ServedAsync(Revalidate, r => r.StatusCode != HttpStatusCode.NotModified);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }
}
