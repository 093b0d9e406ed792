using System.ComponentModel;

namespace PartyAtlas.Api.Parties;

/// <summary>One registry entry, with what its participations add up to (every evidence type, whatever the filters).</summary>
public sealed record PartySummary(
    [property: Description("Registry id: the country's ISO3 (INT for transnational organisations), then hyphen-separated parts.")] string Id,
    [property: Description("The party's country; null for transnational organisations.")] string? Iso3,
    [property: Description("English name.")] string NameEn,
    [property: Description("Name in its own language and script, when known.")] string? NameNative,
    [property: Description("Usual abbreviation, when there is one.")] string? Abbreviation,
    [property: Description("party, coalition, party_organ, think_tank, state_body or other.")] string Kind,
    [property: Description("The party's id in Party Facts (partyfacts.herokuapp.com), when matched.")] int? PartyfactsId,
    [property: Description("Memberships of internationals and forums, each with its source.")] IReadOnlyList<PartyAffiliation> Affiliations,
    [property: Description("The events whose participation rows name this party, in date order.")] IReadOnlyList<string> Events,
    [property: Description("Year of its first named participation; null when none.")] int? FirstYear,
    [property: Description("Year of its last named participation; null when none.")] int? LastYear,
    [property: Description("Participation rows naming this party (every evidence type).")] int ParticipationCount);
