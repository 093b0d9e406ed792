namespace PartyAtlas.Core.Import;

public sealed record PartyAffiliationRecord(string PartyId, string Affiliation, string SourceId, string? Note);
