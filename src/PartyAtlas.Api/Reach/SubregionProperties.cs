namespace PartyAtlas.Api.Reach;

public sealed record SubregionProperties(
    string UnRegion, string UnSubregion, int Year, int SubregionCountries, int DocumentedCountries, double Share, IReadOnlyList<string> Codes);
