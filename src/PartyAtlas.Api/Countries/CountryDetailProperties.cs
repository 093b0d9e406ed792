namespace PartyAtlas.Api.Countries;

public sealed record CountryDetailProperties(
    string Iso3, string? Iso2, string? IsoNumeric, string NameEn, string? NameZh, string Kind, string? SovereignIso3,
    string? UnRegion, string? UnSubregion, string CodeSource, double AreaKm2, double LabelLon, double LabelLat, string GeometrySource,
    int Participations, string? DataVersion);
