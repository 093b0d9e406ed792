using System.Net;
using System.Text.Json;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Ogc;

/// <summary>Part 2: crs and bbox-crs (CRS84, EPSG:4326 in lat/lon order, EPSG:3857), named in Content-Crs.</summary>
public sealed class OgcCrsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Epsg4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";
    private const string Epsg3857 = "http://www.opengis.net/def/crs/EPSG/0/3857";

    private async Task<(JsonElement Body, string ContentCrs)> GetAsync(string url)
    {
        using var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone(), response.Headers.GetValues("Content-Crs").Single());
    }

    private static double[] FirstPosition(JsonElement feature)
    {
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
        while (coordinates[0].ValueKind == JsonValueKind.Array)
        {
            coordinates = coordinates[0];
        }

        return [coordinates[0].GetDouble(), coordinates[1].GetDouble()];
    }

    [Fact]
    public async Task EPSG_4326_swaps_to_lat_lon_and_EPSG_3857_writes_metres_and_each_names_its_crs()
    {
        var (crs84, crs84Header) = await GetAsync("/ogc/collections/countries/items/NPL");
        var (latLon, latLonHeader) = await GetAsync($"/ogc/collections/countries/items/NPL?crs={Uri.EscapeDataString(Epsg4326)}");
        var (mercator, mercatorHeader) = await GetAsync($"/ogc/collections/countries/items/NPL?crs={Uri.EscapeDataString(Epsg3857)}");
        var lonLat = FirstPosition(crs84);

        Assert.Equal("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>", crs84Header);
        Assert.Equal($"<{Epsg4326}>", latLonHeader);
        Assert.Equal($"<{Epsg3857}>", mercatorHeader);
        Assert.InRange(lonLat[0], 80, 89); // Nepal: longitude first in CRS84
        Assert.Equal([lonLat[1], lonLat[0]], FirstPosition(latLon));
        var metres = FirstPosition(mercator);
        Assert.InRange(metres[0], 80 * 111_319.49 - 1_000_000, 89 * 111_319.49 + 1_000_000);
        Assert.InRange(metres[1], 2_900_000, 3_600_000);
    }

    [Fact]
    public async Task A_bbox_in_EPSG_3857_or_EPSG_4326_selects_the_same_features_as_in_CRS84()
    {
        static string[] Ids(JsonElement page) => page.GetProperty("features").EnumerateArray().Select(f => f.Str("id")!).Order(StringComparer.Ordinal).ToArray();
        var (degrees, _) = await GetAsync("/ogc/collections/countries/items?limit=1000&bbox=5,45,15,55");
        var (latLon, _) = await GetAsync($"/ogc/collections/countries/items?limit=1000&bbox=45,5,55,15&bbox-crs={Uri.EscapeDataString(Epsg4326)}");
        var (metres, header) = await GetAsync($"/ogc/collections/countries/items?limit=1000&bbox=556597.45,5621521.49,1669792.36,7361866.11&bbox-crs={Uri.EscapeDataString(Epsg3857)}&crs={Uri.EscapeDataString(Epsg3857)}");

        Assert.Contains("DEU", Ids(degrees));
        Assert.Equal(Ids(degrees), Ids(latLon));
        Assert.Equal(Ids(degrees), Ids(metres));
        Assert.Equal($"<{Epsg3857}>", header);
    }

    [Fact]
    public async Task Collections_list_the_crs_offered_and_the_storage_crs_and_refuse_others()
    {
        var collection = await api.Client.GetJsonAsync("/ogc/collections/reach");
        var problem = await api.Client.GetProblemAsync("/ogc/collections/reach/items?crs=EPSG:27700", HttpStatusCode.BadRequest);

        Assert.Equal(["http://www.opengis.net/def/crs/OGC/1.3/CRS84", Epsg4326, Epsg3857], collection.GetProperty("crs").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("http://www.opengis.net/def/crs/OGC/1.3/CRS84", collection.Str("storageCrs"));
        Assert.Equal("crs", problem.Str("parameter"));
    }
}
