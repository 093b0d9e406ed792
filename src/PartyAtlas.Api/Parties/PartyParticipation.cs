using System.ComponentModel;
using PartyAtlas.Api.Dialogues;

namespace PartyAtlas.Api.Parties;

/// <summary>One participation naming the party: the event, the country row it is filed under, what the sources say.</summary>
public sealed record PartyParticipation(
    [property: Description("Participation id (<event>.<ISO3>.<n>).")] string Id,
    [property: Description("The event's id.")] string DialogueId,
    [property: Description("The event's English name.")] string DialogueName,
    [property: Description("The event's year.")] int Year,
    [property: Description("The event's first day.")] DateOnly StartDate,
    [property: Description("The event's last day.")] DateOnly EndDate,
    [property: Description("The country the row is filed under (differs from the party's own only for transnational organisations).")] string Iso3,
    [property: Description("The party as the source printed it.")] string? Party,
    [property: Description("Named person(s), `;`-separated.")] string? Person,
    [property: Description("Their role, as reported.")] string? Role,
    [property: Description("Evidence type (spoke, delegation, attended, watched_at_venue, side_event, message_only, ambiguous, prospective, absent).")] string Evidence,
    [property: Description("True for the four evidence types that count as reach.")] bool Confirmed,
    [property: Description("Free-text note.")] string? Note,
    [property: Description("The sources that state this participation, with URLs.")] IReadOnlyList<SourceRef> Sources);
