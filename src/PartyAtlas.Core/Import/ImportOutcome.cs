namespace PartyAtlas.Core.Import;

public enum ImportOutcome
{
    /// <summary>Problems were found; nothing was written.</summary>
    Invalid,

    /// <summary>Dry run: the files are valid; nothing was written.</summary>
    Valid,

    /// <summary>The files are what the database already holds; nothing was written.</summary>
    Unchanged,

    /// <summary>The dataset was replaced and a new data version recorded.</summary>
    Imported,

    /// <summary>Valid, but it would remove more than the allowed share of a table; nothing was written (confirm to apply).</summary>
    Refused,
}
