namespace PartyAtlas.Api.Platform.Options;

/// <summary>PartyAtlas:Admin:ApiKeys: maintainer keys for POST /admin/import, each "name:sha256-hex" (64 hex digits).</summary>
public sealed class AdminOptions
{
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>The share of any table's rows (in %) an HTTP import may remove without allow_shrink=true.</summary>
    public double MaxShrinkPercent { get; set; } = 20;
}
