using System.Reflection;
using System.Text.Json;
using PartyAtlas.Tests.Infrastructure;

namespace PartyAtlas.Tests.Platform;

/// <summary>
/// Response bodies are built by PostGIS; the records in Contracts/ document them in OpenAPI.
/// These tests keep the two in step: every documented property is present and nothing undocumented is.
/// </summary>
public sealed class ContractTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/dialogues", typeof(DialogueList))]
    [InlineData("/dialogues/hlm-2017", typeof(DialogueDetail))]
    [InlineData("/sources", typeof(SourceList))]
    [InlineData("/sources/S18", typeof(SourceDetail))]
    public async Task A_json_response_has_exactly_the_documented_properties(string url, Type contract)
    {
        AssertShape(await api.Client.GetJsonAsync(url), contract, url);
    }

    [Theory]
    [InlineData("/countries?zoom=0", typeof(CountryFeatureCollection))]
    [InlineData("/countries/CHN?zoom=0", typeof(CountryDetailFeature))]
    [InlineData("/dialogues.geojson", typeof(DialogueHostFeatureCollection))]
    public async Task A_geojson_response_has_exactly_the_documented_properties(string url, Type contract)
    {
        AssertShape(await api.Client.GetJsonAsync(url, "application/geo+json"), contract, url);
    }

    private static void AssertShape(JsonElement json, Type type, string where)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name), p => p.PropertyType);
        var actual = json.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.True(properties.Keys.Order(StringComparer.Ordinal).SequenceEqual(actual),
            $"{where}: {type.Name} documents [{string.Join(", ", properties.Keys.Order(StringComparer.Ordinal))}] but the response has [{string.Join(", ", actual)}]");

        foreach (var (name, propertyType) in properties)
        {
            var value = json.GetProperty(name);
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
