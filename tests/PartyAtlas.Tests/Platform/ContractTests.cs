using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Platform;

/// <summary>
/// Response bodies are built by PostGIS; the contract records of each slice document them in OpenAPI.
/// These tests keep the two in step: every documented property is present and nothing undocumented is
/// (a nullable property may be left out), for every contract some endpoint declares.
/// </summary>
public sealed class ContractTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly (string Url, Type Contract)[] JsonCases =
    [
        ("/dialogues", typeof(DialogueList)), ("/dialogues/hlm-2017", typeof(DialogueDetail)), ("/downloads", typeof(DownloadList)),
        ("/sources", typeof(SourceList)), ("/sources/S18", typeof(SourceDetail)),
        ("/parties?affiliation=PES", typeof(PartyList)), ("/parties", typeof(PartyList)), ("/parties/ZAF-ANC", typeof(PartyDetail)),
        ("/reach/timeline", typeof(Timeline)), ("/reach/timeline?by=region", typeof(Timeline)),
        ("/reach/distance?year=2021", typeof(DistanceReport)), ("/countries/NPL/timeline", typeof(CountryTimeline)),
        ("/tiles/reach/tilejson.json?year=2021", typeof(TileJson)),
        ("/ogc", typeof(OgcLanding)), ("/ogc/conformance", typeof(OgcConformance)),
        ("/ogc/collections", typeof(OgcCollections)), ("/ogc/collections/reach", typeof(OgcCollection)),
        ("/ogc/tileMatrixSets", typeof(OgcTileMatrixSets)), ("/ogc/tileMatrixSets/WebMercatorQuad", typeof(OgcTileMatrixSet)),
        ("/ogc/collections/reach/tiles", typeof(OgcTilesets)), ("/ogc/collections/reach/tiles/WebMercatorQuad", typeof(OgcTileset)),
        ("/health", typeof(Health)), ("/health/ready", typeof(Health)),
    ];

    private static readonly (string Url, Type Contract)[] GeoJsonCases =
    [
        ("/countries?zoom=0", typeof(CountryFeatureCollection)), ("/countries/CHN?zoom=0", typeof(CountryDetailFeature)),
        ("/dialogues.geojson", typeof(DialogueHostFeatureCollection)),
        ("/reach?year=2021&zoom=0", typeof(ReachFeatureCollection)), ("/reach/regions?year=2021&zoom=0", typeof(RegionsCollection)),
        ("/reach/compare?from=2017&to=2021&zoom=0", typeof(CompareCollection)),
        ("/dialogues/celac-ppf-2015/scope?zoom=0", typeof(ScopeCollection)),
        ("/ogc/collections/reach/items?limit=3", typeof(OgcFeatureCollection)), ("/ogc/collections/countries/items/NPL", typeof(OgcFeature)),
    ];

    private static readonly (string Url, Type Contract)[] SchemaCases =
    [
        ("/ogc/collections/participations/queryables", typeof(OgcQueryables)),
    ];

    public static TheoryData<string, Type> Json => Data(JsonCases);

    public static TheoryData<string, Type> Schemas => Data(SchemaCases);

    public static TheoryData<string, Type> GeoJson => Data(GeoJsonCases);

    [Fact]
    public void Every_contract_an_endpoint_declares_is_checked_here()
    {
        // ImportReport needs a maintainer key and a bundle: AdminImportTests checks its members.
        var covered = JsonCases.Concat(GeoJsonCases).Concat(SchemaCases).Select(c => c.Contract).Append(typeof(ImportReport)).ToHashSet();
        var declared = api.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .SelectMany(e => e.Metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IProducesResponseTypeMetadata>())
            .Select(m => m.Type)
            .OfType<Type>()
            .Where(IsContract)
            .ToHashSet();
        Assert.NotEmpty(declared);
        var missing = declared.Where(t => !covered.Contains(t)).Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, $"contracts no test checks: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Json))]
    public async Task A_json_response_has_exactly_the_documented_properties(string url, Type contract)
    {
        AssertShape(await api.Client.GetJsonAsync(url), contract, url);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task A_json_schema_response_has_exactly_the_documented_properties(string url, Type contract)
    {
        AssertShape(await api.Client.GetJsonAsync(url, "application/schema+json"), contract, url);
    }

    [Theory]
    [MemberData(nameof(GeoJson))]
    public async Task A_geojson_response_has_exactly_the_documented_properties(string url, Type contract)
    {
        AssertShape(await api.Client.GetJsonAsync(url, "application/geo+json"), contract, url);
    }

    private static TheoryData<string, Type> Data((string Url, Type Contract)[] cases)
    {
        var data = new TheoryData<string, Type>();
        foreach (var (url, contract) in cases)
        {
            data.Add(url, contract);
        }

        return data;
    }

    private static void AssertShape(JsonElement json, Type type, string where)
    {
        var nullability = new NullabilityInfoContext();
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var properties = members.ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name), p => p.PropertyType);
        var optional = members.Where(p => nullability.Create(p).ReadState == NullabilityState.Nullable)
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).ToHashSet();
        var actual = json.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.True(actual.IsSubsetOf(properties.Keys) && properties.Keys.All(k => actual.Contains(k) || optional.Contains(k)),
            $"{where}: {type.Name} documents [{string.Join(", ", properties.Keys.Order(StringComparer.Ordinal))}] but the response has [{string.Join(", ", actual)}]");

        foreach (var (name, propertyType) in properties)
        {
            if (!json.TryGetProperty(name, out var value))
            {
                continue;
            }

            var element = ElementType(propertyType);
            if (element is not null && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 && IsContract(element))
            {
                AssertShape(value[0], element, $"{where} {name}[0]");
            }
            else if (IsContract(propertyType) && value.ValueKind == JsonValueKind.Object)
            {
                AssertShape(value, propertyType, $"{where} {name}");
            }
        }
    }

    private static bool IsContract(Type type) => type.Namespace?.StartsWith("PartyAtlas.Api.", StringComparison.Ordinal) == true && type.IsSealed && !typeof(Microsoft.AspNetCore.Http.IResult).IsAssignableFrom(type) && type != typeof(GeoJsonGeometry);

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
}
