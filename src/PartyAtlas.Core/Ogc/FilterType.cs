namespace PartyAtlas.Core.Ogc;

/// <summary>The type of a filter or queryable: what its values are bound as and compared with.</summary>
public enum FilterType
{
    Text,
    Integer,
    Boolean,
    Number,
    Date,
    Geometry,
}
