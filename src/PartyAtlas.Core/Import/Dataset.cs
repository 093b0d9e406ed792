namespace PartyAtlas.Core.Import;

/// <summary>Everything one import writes, validated and cross-checked.</summary>
public sealed record Dataset(
    IReadOnlyList<CountryRecord> Countries,
    IReadOnlyList<SourceRecord> Sources,
    IReadOnlyList<DialogueRecord> Dialogues,
    IReadOnlyList<CountRecord> Counts,
    IReadOnlyList<ParticipationRecord> Participations,
    IReadOnlyList<RegionGroupRecord> RegionGroups,
    IReadOnlyList<RegionGroupMemberRecord> RegionGroupMembers,
    IReadOnlyList<DialogueScopeRecord> DialogueScopes,
    IReadOnlyList<PartyRecord> Parties,
    IReadOnlyList<PartyAffiliationRecord> PartyAffiliations)
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
        ["parties"] = Parties.Count,
        ["party_affiliations"] = PartyAffiliations.Count,
    };
}
