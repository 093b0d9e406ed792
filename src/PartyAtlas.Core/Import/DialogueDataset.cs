using NetTopologySuite.Geometries;

namespace PartyAtlas.Core.Import;

/// <summary>A country or region as read from countries.geojson.</summary>
public sealed record CountryRecord(
    string Iso3, string? Iso2, string? IsoNumeric, string NameEn, string? NameZh, string Kind,
    string? SovereignIso3, string? UnRegion, string? UnSubregion, string CodeSource, MultiPolygon Geometry);

public sealed record SourceRecord(string Id, string Url, string? Title, string? Publisher, string? Language, string? ReportDate, string? Note);

public sealed record DialogueRecord(
    string Id, string NameEn, string? NameZh, string Series, string? ParentId, DateOnly StartDate, DateOnly EndDate,
    string DatePrecision, int Year, string? Format, string? HostCity, string? HostCountry, Point? HostPoint,
    string? Theme, string? Organisers, string? Notes, IReadOnlyList<string> SourceIds);

public sealed record CountRecord(string DialogueId, string Metric, int Low, int High, string Qualifier, string SourceId, string? Quote, string? Note);

public sealed record ParticipationRecord(
    string Id, string DialogueId, string Iso3, string? Party, string? Person, string? Role, string Evidence,
    IReadOnlyList<string> SourceIds, string? Note);

public sealed record RegionGroupRecord(string Id, string Name, string? Description, string SourceId);

public sealed record RegionGroupMemberRecord(string GroupId, string Iso3);

public sealed record DialogueScopeRecord(string DialogueId, string GroupId, string? Note);

/// <summary>Everything one import writes, validated and cross-checked.</summary>
public sealed record Dataset(
    IReadOnlyList<CountryRecord> Countries,
    IReadOnlyList<SourceRecord> Sources,
    IReadOnlyList<DialogueRecord> Dialogues,
    IReadOnlyList<CountRecord> Counts,
    IReadOnlyList<ParticipationRecord> Participations,
    IReadOnlyList<RegionGroupRecord> RegionGroups,
    IReadOnlyList<RegionGroupMemberRecord> RegionGroupMembers,
    IReadOnlyList<DialogueScopeRecord> DialogueScopes)
{
    public IReadOnlyDictionary<string, int> Summary => new Dictionary<string, int>
    {
        ["countries"] = Countries.Count,
        ["sources"] = Sources.Count,
        ["dialogues"] = Dialogues.Count,
        ["official_counts"] = Counts.Count,
        ["participations"] = Participations.Count,
        ["region_groups"] = RegionGroups.Count,
        ["region_group_members"] = RegionGroupMembers.Count,
        ["dialogue_scopes"] = DialogueScopes.Count,
    };
}
