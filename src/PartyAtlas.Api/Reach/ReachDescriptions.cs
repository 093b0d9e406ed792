namespace PartyAtlas.Api.Reach;

/// <summary>The OpenAPI descriptions of the parameters the reach requests (and the tile and scope requests) share.</summary>
internal static class ReachDescriptions
{
    public const string Year = "The year (1900–2100).";

    public const string Series = "Only these series, comma-separated: global, thematic, regional. Default: all.";

    public const string Evidence =
        "Which evidence counts as reach: `confirmed` (default: spoke, delegation, attended, watched_at_venue), `all` (every type except absent), "
        + "or a comma-separated list of types from: spoke, delegation, attended, watched_at_venue, side_event, message_only, ambiguous, prospective. "
        + "`absent` (explicitly reported absent) never counts.";

    public const string Dialogue = "Only this event (its id, e.g. summit-2021).";

    public const string BBox =
        "Only countries whose geometry meets this box: minLon,minLat,maxLon,maxLat in degrees (CRS84). minLon > maxLon crosses the antimeridian.";

    public const string Format = "Response format: `json` (default) or `csv`. `Accept: text/csv` does the same.";

    public const string Zoom = "Map zoom the geometry is meant for (0–24): 0–2 and 3–5 get precomputed simplified bands, 6+ full detail. Default 6.";

    public const string Precision = "Decimal places of coordinates (0–15). Default 6.";
}
