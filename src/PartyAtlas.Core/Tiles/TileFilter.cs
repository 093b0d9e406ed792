namespace PartyAtlas.Core.Tiles;

/// <summary>The query parameters a tile layer takes, in the order its SQL binds them after z/x/y.</summary>
public enum TileFilter
{
    /// <summary>`year`, required.</summary>
    RequiredYear,

    /// <summary>`year`, optional.</summary>
    Year,

    /// <summary>`series`: comma list of global, thematic, regional.</summary>
    Series,

    /// <summary>`evidence`: confirmed (default), all, or a comma list of types.</summary>
    Evidence,

    /// <summary>`dialogue`: one event id.</summary>
    Dialogue,
}
