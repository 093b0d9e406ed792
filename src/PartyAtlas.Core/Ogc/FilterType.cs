namespace PartyAtlas.Core.Ogc;

public enum FilterType
{
    Text,
    Integer,
    Boolean,
}
