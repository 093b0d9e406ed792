namespace PartyAtlas.Core.Import;

public sealed record RegionGroupMemberRecord(string GroupId, string Iso3);
