namespace PartyAtlas.Core.Import;

/// <summary>
/// How an import may go: <paramref name="DryRun"/> validates only; an import that would remove more than
/// <paramref name="MaxShrink"/> of any table's rows (default 20 %) is refused unless <paramref name="AllowShrink"/>.
/// </summary>
public sealed record ImportOptions(bool DryRun = false, bool AllowShrink = false, double MaxShrink = ImportOptions.DefaultMaxShrink)
{
    public const double DefaultMaxShrink = 0.2;

    /// <summary>How many earlier bundles are kept for rollback.</summary>
    public const int KeptVersions = 5;
}
