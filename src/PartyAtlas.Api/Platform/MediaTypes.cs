namespace PartyAtlas.Api.Platform;

public static class MediaTypes
{
    public const string GeoJson = "application/geo+json";
    public const string Json = "application/json";
}
