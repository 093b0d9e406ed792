namespace PartyAtlas.Api.Reach;

public sealed record RegionSummary(string UnRegion, int RegionCountries, int DocumentedCountries, double Share);
