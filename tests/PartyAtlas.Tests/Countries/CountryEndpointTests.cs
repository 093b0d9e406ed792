using System.Net;
using NetTopologySuite.Geometries;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Countries;

public sealed class CountryEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Countries_returns_every_country_and_region_as_valid_rfc7946_geojson()
    {
        var body = await api.Client.GetJsonAsync("/countries", "application/geo+json");
        var features = GeoJsonReader.Features(body);
        var inDatabase = await DatabaseState.ScalarAsync<long>(api.Database.ConnectionString, "SELECT count(*) FROM countries");

        Assert.True(features.Count >= 230);
        Assert.Equal(inDatabase, features.Count);
        Assert.All(features, f =>
        {
            Assert.Matches("^[A-Z]{3}$", f.Properties.Str("iso3"));
            Assert.False(string.IsNullOrEmpty(f.Properties.Str("name_en")));
            Assert.Contains(f.Properties.Str("kind"), new[] { "sovereign", "dependent", "disputed" });
            Assert.Equal(f.Id, f.Properties.Str("iso3"));
            GeoJsonReader.AssertRfc7946(f.Geometry!, f.Id!);
        });
        Assert.All(features.Where(f => f.Id != "ATA"), f => Assert.False(string.IsNullOrEmpty(f.Properties.Str("un_region")), f.Id));
    }

    [Theory]
    [InlineData(121.56, 25.04, "TWN")]
    [InlineData(116.40, 39.90, "CHN")]
    [InlineData(21.17, 42.67, "XKX")]
    public async Task A_city_falls_in_its_country_in_the_served_geojson(double lon, double lat, string iso3)
    {
        var features = GeoJsonReader.Features(await api.Client.GetJsonAsync("/countries", "application/geo+json"));
        var city = new Point(lon, lat);

        var containing = features.Where(f => f.Geometry!.Contains(city)).Select(f => f.Id!).ToArray();

        Assert.Equal([iso3], containing);
    }

    [Fact]
    public async Task A_low_zoom_serves_the_simplified_band_with_fewer_vertices()
    {
        var low = GeoJsonReader.Features(await api.Client.GetJsonAsync("/countries?zoom=1", "application/geo+json"));
        var full = GeoJsonReader.Features(await api.Client.GetJsonAsync("/countries?zoom=8", "application/geo+json"));

        Assert.True(low.Sum(f => f.Geometry!.NumPoints) * 2 < full.Sum(f => f.Geometry!.NumPoints));
        Assert.All(low, f => GeoJsonReader.AssertRfc7946(f.Geometry!, f.Id!));
    }

    [Fact]
    public async Task Precision_limits_the_decimals_of_coordinates()
    {
        using var response = await api.Client.GetAsync("/countries/FRA?precision=2");
        var text = await response.Content.ReadAsStringAsync();

        Assert.DoesNotMatch(@"\[-?\d+\.\d{3,},", text[..text.IndexOf("\"properties\"", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task One_country_is_a_feature_found_by_code_in_any_case()
    {
        var feature = GeoJsonReader.ReadFeature(await api.Client.GetJsonAsync("/countries/twn", "application/geo+json"));

        Assert.Equal("TWN", feature.Id);
        Assert.Equal("disputed", feature.Properties.Str("kind"));
        Assert.True(feature.Geometry!.Contains(new Point(121.56, 25.04)));
    }

    [Fact]
    public async Task Filters_by_region_and_kind_return_only_matching_features()
    {
        var africa = GeoJsonReader.Features(await api.Client.GetJsonAsync("/countries?region=Africa&kind=sovereign&zoom=0", "application/geo+json"));
        var expected = await DatabaseState.ScalarAsync<long>(api.Database.ConnectionString,
            "SELECT count(*) FROM countries WHERE un_region = 'Africa' AND kind = 'sovereign'");

        Assert.Equal(expected, africa.Count);
        Assert.All(africa, f => Assert.Equal("Africa", f.Properties.Str("un_region")));
    }

    [Fact]
    public async Task An_unknown_code_is_a_404_problem()
    {
        var problem = await api.Client.GetProblemAsync("/countries/QQQ", HttpStatusCode.NotFound);

        Assert.Contains("QQQ", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/countries/FR1", "iso3")]
    [InlineData("/countries/FRAN", "iso3")]
    [InlineData("/countries?zoom=abc", "zoom")]
    [InlineData("/countries?zoom=25", "zoom")]
    [InlineData("/countries?zoom=-1", "zoom")]
    [InlineData("/countries?precision=16", "precision")]
    [InlineData("/countries?kind=country", "kind")]
    [InlineData("/countries?zom=3", "zom")]
    [InlineData("/countries/FRA?zoom=1.5", "zoom")]
    public async Task Bad_input_is_a_400_problem_naming_the_parameter(string url, string parameter)
    {
        var problem = await api.Client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.Str("parameter"));
    }
}
