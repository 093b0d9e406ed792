using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Countries;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Countries;

public static class CountryEndpoints
{
    public static IEndpointRouteBuilder MapCountryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/countries").WithTags("Countries").ValidateRequest().CacheResponses().RequireRateLimiting(RateLimits.Analytics);
        group.MapGet("", GetCountries)
            .WithName("GetCountries")
            .WithSummary("All countries and regions as GeoJSON")
            .WithDescription("One feature per country or region (sovereign states, dependent territories, disputed or partially recognised entities), from Natural Earth 1:50m. Geometries are precomputed per zoom band: 0–2, 3–5 and 6+ (full detail).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{iso3}", GetCountry)
            .WithName("GetCountry")
            .WithSummary("One country or region as a GeoJSON Feature")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{iso3}/timeline", GetCountryTimeline)
            .WithName("GetCountryTimeline")
            .WithSummary("One country's history: every event, party, person, evidence type and source, in date order")
            .WithDescription("Every participation row, whatever its evidence type (absences and prospective mentions included, each marked), so a reader sees exactly what the sources say.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<GeoJsonText<CountryFeatureCollection>> GetCountries(
        [AsParameters] CountriesRequest request, CountryQueries countries, CancellationToken ct) =>
        new(await countries.CollectionAsync(request.Region?.Name, request.Kind?.Kind, request.Detail, ct));

    public static async Task<Results<GeoJsonText<CountryDetailFeature>, ProblemHttpResult>> GetCountry(
        [AsParameters] CountryRequest request, CountryQueries countries, CancellationToken ct) =>
        await countries.FeatureAsync(request.Iso3, request.Detail, ct) is { } json
            ? new GeoJsonText<CountryDetailFeature>(json)
            : NotFound(request.Iso3);

    public static async Task<Results<JsonText<CountryTimeline>, CsvText, ProblemHttpResult>> GetCountryTimeline(
        [AsParameters] CountryTimelineRequest request, CountryQueries countries, HttpRequest http, CancellationToken ct)
    {
        if (await countries.TimelineAsync(request.Iso3, ct) is not { } json)
        {
            return NotFound(request.Iso3);
        }

        return CsvText.Wanted(http, request.F) ? CsvText.From(json, "entries") : new JsonText<CountryTimeline>(json);
    }

    private static ProblemHttpResult NotFound(Iso3 iso3) => Problems.NotFound($"No country or region with code {iso3}.");
}
