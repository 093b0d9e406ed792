
// Content (the viewer in wwwroot) is read beside the binaries, wherever the process is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// Every PartyAtlas:… setting, typed and validated at start-up (a bad value stops the service, naming its key).
builder.AddPartyAtlasOptions();
// The read data source (PostGIS ↔ NetTopologySuite; read-only role, statement timeout) from
// ConnectionStrings:PartyAtlas, and the writer for HTTP imports.
builder.AddPartyAtlasDatabase();
// Every error is RFC 9457 problem+json: bad parameters 400, unknown ids 404, database down 503.
builder.AddPartyAtlasProblems();
// The OpenAPI documents (Microsoft.AspNetCore.OpenApi): v1, committed as /openapi.yaml; ogc, for GIS clients.
builder.AddPartyAtlasOpenApi();
// GET/HEAD from any origin by default (tiles and GeoJSON are meant to be embedded); PartyAtlas:CorsOrigins narrows it.
builder.AddPartyAtlasCors();
// Per-client rate limits: generous for tiles, tighter for analytics; 429 with Retry-After.
builder.AddPartyAtlasRateLimits();
// Per connection: a minimum read rate (slow readers are dropped) and a fixed kernel send buffer.
builder.AddPartyAtlasConnectionLimits();
// The data version held in memory (polled each second), the response cache of every data answer
// (keyed on that version, gzip and Brotli variants made once) and on-the-fly compression for the rest.
builder.AddPartyAtlasCaching();
// Prometheus metrics (prometheus-net, a registry of this app's own) and one log line per request.
builder.AddPartyAtlasObservability();
// Links stay right behind a reverse proxy: X-Forwarded-Proto/Host/Prefix from PartyAtlas:TrustedProxies only, or PartyAtlas:PublicBaseUrl.
builder.AddPartyAtlasForwarding();

var app = builder.Build();

app.UsePartyAtlasForwarding(); // X-Forwarded-* from trusted proxies only; http/https only
app.UsePartyAtlasObservability(); // a log line per request; Prometheus metrics
app.UsePartyAtlasProblems();
app.UsePartyAtlasCompression();
app.UseCors();
app.UseRateLimiter();
app.UsePartyAtlasViewer();  // GET / : the map viewer (static files, with a content security policy)
app.MapPartyAtlasOpenApi(); // /openapi/v1.json, /openapi/v1.yaml, Swagger UI at /docs

app.MapHealthEndpoints();   // /health, /health/ready
app.MapPartyAtlasMetrics(); // /metrics (Prometheus)
app.MapCountryEndpoints();  // /countries, /countries/{iso3}, /countries/{iso3}/timeline
app.MapDialogueEndpoints(); // /dialogues, /dialogues/{id}, /dialogues/{id}/scope, /dialogues.geojson
app.MapReachEndpoints();    // /reach, /reach/timeline, /reach/regions, /reach/compare, /reach/distance
app.MapSourceEndpoints();   // /sources, /sources/{id}
app.MapPartyEndpoints();    // /parties, /parties/{id}
app.MapMapEndpoints();      // /maps/reach/{year}.svg|png, /maps/compare/{from}-{to}.svg|png: static maps for reports
app.MapChartEndpoints();    // /charts/timeline.svg|png, /charts/regions/{year}.svg|png
app.MapDownloadEndpoints(); // /downloads: the citable release of the current data version
app.MapOgcEndpoints();      // /ogc: OGC API – Features (landing, conformance, collections, queryables, items)
app.MapOgcTileEndpoints();  // /ogc: OGC API – Tiles (tileMatrixSets, collections' tilesets and tiles)
app.MapTileEndpoints();     // /tiles/{layer}/{z}/{x}/{y}.mvt, /tiles/{layer}/tilejson.json, /styles/reach.json
app.MapAdminEndpoints();    // POST /admin/import (maintainers, API key)

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
