using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.UnitTests.Platform;

/// <summary>What RequestValidation composes from a handler's signature, without a host or a database.</summary>
public sealed class RequestValueTests
{
    private static readonly IServiceProvider Services = new ServiceCollection().BuildServiceProvider();

    private static IReadOnlyList<RequestValue> Of(Type endpoints, string handler) =>
        RequestValue.Of(endpoints.GetMethod(handler, BindingFlags.Public | BindingFlags.Static)!, Services);

    [Fact]
    public void The_reach_handler_takes_the_query_values_of_its_request_record_in_order()
    {
        var values = Of(typeof(ReachEndpoints), nameof(ReachEndpoints.GetReach));
        Assert.Equal(["year", "series", "dialogue", "evidence", "include", "bbox", "zoom", "precision", "f"], values.Select(v => v.Name));
    }

    [Fact]
    public void Services_the_request_and_the_cancellation_token_are_not_request_values()
    {
        var names = Of(typeof(ReachEndpoints), nameof(ReachEndpoints.GetReach)).Select(v => v.Name).ToArray();
        Assert.DoesNotContain("reach", names);
        Assert.DoesNotContain("http", names);
        Assert.DoesNotContain("ct", names);
    }

    [Fact]
    public void Only_a_non_nullable_value_is_required()
    {
        var values = Of(typeof(ReachEndpoints), nameof(ReachEndpoints.GetReach));
        Assert.Equal(["year"], values.Where(v => v.Required).Select(v => v.Name));
    }

    [Fact]
    public void A_request_value_carries_its_types_form()
    {
        var values = Of(typeof(ReachEndpoints), nameof(ReachEndpoints.GetReach)).ToDictionary(v => v.Name);
        Assert.Equal(PartyAtlas.Core.Parameters.Year.Form, values["year"].Form);
        Assert.Equal(PartyAtlas.Core.Parameters.BBox.Form, values["bbox"].Form);
        Assert.Equal("all", values["include"].Form);
    }

    [Fact]
    public void An_invalid_value_yields_a_400_problem_naming_the_parameter_the_reason_and_the_form()
    {
        var year = Of(typeof(ReachEndpoints), nameof(ReachEndpoints.GetReach)).Single(v => v.Name == "year");

        var problem = year.Check("year", "1899");

        Assert.NotNull(problem);
        Assert.Equal(StatusCodes.Status400BadRequest, problem.StatusCode);
        Assert.Equal("Invalid parameter 'year'", problem.ProblemDetails.Title);
        Assert.Equal("year", problem.ProblemDetails.Extensions["parameter"]);
        Assert.Equal("1899 is outside 1900–2100. Expected a whole number from 1900 to 2100.", problem.ProblemDetails.Detail);
    }

    [Theory]
    [InlineData("bbox", "170,-20,-170,10")]
    [InlineData("evidence", "all")]
    [InlineData("f", "csv")]
    [InlineData("include", "all")]
    public void A_valid_value_passes_the_check(string name, string text) =>
        Assert.Null(Of(typeof(ReachEndpoints), nameof(ReachEndpoints.GetReach)).Single(v => v.Name == name).Check(name, text));

    [Fact]
    public void An_absent_optional_value_passes_the_check() =>
        Assert.Null(Of(typeof(ReachEndpoints), nameof(ReachEndpoints.GetReach)).Single(v => v.Name == "zoom").Check("zoom", null));

    [Fact]
    public void The_country_handler_takes_its_code_from_the_route_and_requires_it()
    {
        var values = Of(typeof(CountryEndpoints), nameof(CountryEndpoints.GetCountry));
        Assert.Equal(["iso3", "zoom", "precision"], values.Select(v => v.Name));
        Assert.Equal(["iso3"], values.Where(v => v.Required).Select(v => v.Name));
    }

    [Fact]
    public void A_bad_country_code_yields_a_problem_naming_iso3()
    {
        var iso3 = Of(typeof(CountryEndpoints), nameof(CountryEndpoints.GetCountry)).Single(v => v.Name == "iso3");
        var problem = iso3.Check("iso3", "NEPAL");
        Assert.NotNull(problem);
        Assert.Equal("iso3", problem.ProblemDetails.Extensions["parameter"]);
        Assert.StartsWith("'NEPAL' is not a three-letter country code. Expected a three-letter country code", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_filter_is_optional_and_rejects_a_control_character_before_the_database_sees_it()
    {
        var region = Of(typeof(CountryEndpoints), nameof(CountryEndpoints.GetCountries)).Single(v => v.Name == "region");
        Assert.False(region.Required);
        Assert.Equal(RegionName.Form, region.Form);
        Assert.Null(region.Check("region", "Africa"));
        Assert.NotNull(region.Check("region", "\0"));
    }

    [Fact]
    public void Every_handler_with_a_request_record_composes_its_values_with_distinct_names()
    {
        var handlers = typeof(ReachEndpoints).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Any(p => p.GetCustomAttribute<AsParametersAttribute>() is not null))
            .ToArray();

        Assert.True(handlers.Length >= 10, $"only {handlers.Length} handlers with [AsParameters] found");
        foreach (var handler in handlers)
        {
            var names = RequestValue.Of(handler, Services).Select(v => v.Name).ToArray();
            Assert.True(names.Length == names.Distinct(StringComparer.OrdinalIgnoreCase).Count(), $"{handler.DeclaringType!.Name}.{handler.Name}: {string.Join(", ", names)}");
        }
    }

    [Fact]
    public void An_unknown_query_parameter_yields_a_problem_naming_it_and_listing_the_accepted_ones()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues> { ["year"] = "2021", ["yaer"] = "2021", ["zz"] = "1" });

        var problem = RequestValidation.Unknown(query, new HashSet<string>(["year", "zoom"], StringComparer.OrdinalIgnoreCase));

        Assert.NotNull(problem);
        Assert.Equal("yaer", problem.ProblemDetails.Extensions["parameter"]);
        Assert.Equal("Unknown query parameters 'yaer', 'zz'. This route accepts: year, zoom.", problem.ProblemDetails.Detail);
    }

    [Fact]
    public void Known_query_parameters_pass() =>
        Assert.Null(RequestValidation.Unknown(
            new QueryCollection(new Dictionary<string, StringValues> { ["year"] = "2021" }), new HashSet<string>(["year"], StringComparer.OrdinalIgnoreCase)));

    [Fact]
    public void Invalid_is_null_for_an_absent_or_good_value_and_a_problem_for_a_bad_one()
    {
        Assert.Null(RequestValidation.Invalid<PartyAtlas.Core.Parameters.Zoom>("zoom", null));
        Assert.Null(RequestValidation.Invalid<PartyAtlas.Core.Parameters.Zoom>("zoom", "3"));
        Assert.IsType<ProblemHttpResult>(RequestValidation.Invalid<PartyAtlas.Core.Parameters.Zoom>("zoom", "30"));
    }
}
