namespace PartyAtlas.Core.Import;

/// <summary>A row of parties.csv; <see cref="Iso3"/> is null for a transnational organisation (id INT-…).</summary>
public sealed record PartyRecord(
    string Id, string? Iso3, string NameEn, string? NameNative, string? Abbreviation, IReadOnlyList<string> Aliases, string Kind,
    int? PartyfactsId, IReadOnlyList<string> SourceIds, string? Note);
