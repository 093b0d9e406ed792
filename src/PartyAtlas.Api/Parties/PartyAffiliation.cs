using System.ComponentModel;

namespace PartyAtlas.Api.Parties;

/// <summary>Membership of an international or forum, as one source states it.</summary>
public sealed record PartyAffiliation(
    [property: Description("SI, PA, IMCWP, FSP, COPPPAL, ICAPP, LI, IDU, CDI, PES, EL or OTHER (the registry note says which).")] string Affiliation,
    [property: Description("The source that states the membership (GET /sources/{id}).")] string SourceId,
    [property: Description("That source's URL.")] string SourceUrl);
