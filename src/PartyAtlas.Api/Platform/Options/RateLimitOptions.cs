namespace PartyAtlas.Api.Platform.Options;

/// <summary>Per-client token buckets (PartyAtlas:RateLimits:…): tiles and styles, and analytics.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public int TilesPerSecond { get; set; } = 200;

    public int TilesBurst { get; set; } = 600;

    public int AnalyticsPerSecond { get; set; } = 20;

    public int AnalyticsBurst { get; set; } = 60;

    /// <summary>Analytics and OGC requests one client may have in flight (more wait briefly, then 429): no client saturates the heavy routes.</summary>
    public int AnalyticsConcurrency { get; set; } = 4;
}
