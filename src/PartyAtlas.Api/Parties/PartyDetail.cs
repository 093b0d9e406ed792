using System.ComponentModel;
using PartyAtlas.Api.Dialogues;

namespace PartyAtlas.Api.Parties;

/// <summary>One party: its names, the sources for its entry, its affiliations and its record of participation in date order.</summary>
public sealed record PartyDetail(
    [property: Description("Version of the imported dataset this answer was built from.")] string? DataVersion,
    [property: Description("Registry id.")] string Id,
    [property: Description("The party's country; null for transnational organisations.")] string? Iso3,
    [property: Description("English name of that country.")] string? CountryName,
    [property: Description("English name.")] string NameEn,
    [property: Description("Name in its own language and script, when known.")] string? NameNative,
    [property: Description("Usual abbreviation, when there is one.")] string? Abbreviation,
    [property: Description("Other names the sources print for it (unique across the registry, ignoring case).")] IReadOnlyList<string> Aliases,
    [property: Description("party, coalition, party_organ, think_tank, state_body or other.")] string Kind,
    [property: Description("The party's id in Party Facts, when matched.")] int? PartyfactsId,
    [property: Description("Free-text note on the entry.")] string? Note,
    [property: Description("Sources for the entry itself (names, identity).")] IReadOnlyList<SourceRef> Sources,
    [property: Description("Memberships of internationals and forums, each with its source.")] IReadOnlyList<PartyAffiliation> Affiliations,
    [property: Description("Year of its first named participation; null when none.")] int? FirstYear,
    [property: Description("Year of its last named participation; null when none.")] int? LastYear,
    [property: Description("Participation rows naming this party (every evidence type).")] int ParticipationCount,
    [property: Description("Every participation naming the party, in date order.")] IReadOnlyList<PartyParticipation> Participations);
