using PartyAtlas.Api.Endpoints;
using PartyAtlas.Api.Infrastructure;
using PartyAtlas.Api.OpenApi;

var builder = WebApplication.CreateBuilder(args);

// One NpgsqlDataSource (PostGIS ↔ NetTopologySuite), read from ConnectionStrings:PartyAtlas.
builder.AddPartyAtlasDatabase();
// Every error is RFC 9457 problem+json: bad parameters 400, unknown ids 404, database down 503.
builder.AddPartyAtlasProblems();
// The OpenAPI document (Microsoft.AspNetCore.OpenApi), committed as /openapi.yaml.
builder.AddPartyAtlasOpenApi();

var app = builder.Build();

app.UsePartyAtlasProblems();
app.MapPartyAtlasOpenApi(); // /openapi/v1.json, /openapi/v1.yaml, Swagger UI at /docs

app.MapHealthEndpoints();   // /health, /health/ready
app.MapCountryEndpoints();  // /countries, /countries/{iso3}, /countries/{iso3}/timeline
app.MapDialogueEndpoints(); // /dialogues, /dialogues/{id}, /dialogues/{id}/scope, /dialogues.geojson
app.MapReachEndpoints();    // /reach, /reach/timeline, /reach/regions, /reach/compare, /reach/distance
app.MapSourceEndpoints();   // /sources, /sources/{id}

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
