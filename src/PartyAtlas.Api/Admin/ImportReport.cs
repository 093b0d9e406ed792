namespace PartyAtlas.Api.Admin;

/// <summary>What an import did: imported, unchanged or validated (dry run), the data versions around it and the row counts.</summary>
public sealed record ImportReport(string Outcome, string? DataVersionBefore, string? DataVersionAfter, IReadOnlyDictionary<string, int> Summary);
