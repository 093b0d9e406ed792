namespace PartyAtlas.Core.Import;

/// <summary>
/// The dataset's closed vocabularies. The database enforces the same lists
/// (CHECK constraints and the evidence_types table); a test keeps them equal.
/// </summary>
public static class ClosedLists
{
    public static readonly IReadOnlyList<string> CountryKinds = ["sovereign", "dependent", "disputed"];

    public static readonly IReadOnlyList<string> CodeSources = ["iso3166", "user-assigned"];

    public static readonly IReadOnlyList<string> Series = ["global", "thematic", "regional"];

    public static readonly IReadOnlyList<string> Formats = ["in_person", "online", "hybrid"];

    public static readonly IReadOnlyList<string> DatePrecisions = ["day", "approximate"];

    public static readonly IReadOnlyList<string> Metrics = ["parties", "countries", "attendees"];

    public static readonly IReadOnlyList<string> Qualifiers = ["exact", "over", "nearly", "about"];

    /// <summary>Strongest first. The first four are "confirmed" and make up documented reach by default.</summary>
    public static readonly IReadOnlyList<string> EvidenceTypes =
        ["spoke", "delegation", "attended", "watched_at_venue", "side_event", "message_only", "ambiguous", "prospective", "absent"];

    public static readonly IReadOnlyList<string> PartyKinds = ["party", "coalition", "party_organ", "think_tank", "state_body", "other"];

    /// <summary>Party internationals and regional forums a party can belong to; OTHER for anything else (the note says which).</summary>
    public static readonly IReadOnlyList<string> Affiliations = ["SI", "PA", "IMCWP", "FSP", "COPPPAL", "ICAPP", "LI", "IDU", "CDI", "PES", "EL", "OTHER"];

    public static readonly IReadOnlyList<string> ConfirmedEvidence = ["spoke", "delegation", "attended", "watched_at_venue"];
}
