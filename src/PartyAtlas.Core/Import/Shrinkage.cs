namespace PartyAtlas.Core.Import;

/// <summary>A table an import would shrink by more than allowed: its rows before and after.</summary>
public sealed record Shrinkage(string Table, long Before, long After)
{
    public double Share => Before == 0 ? 0 : (Before - After) / (double)Before;

    public override string ToString() => $"{Table}: {Before:N0} → {After:N0} rows (−{Share:P0})";
}
