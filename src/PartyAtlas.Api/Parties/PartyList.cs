using System.ComponentModel;

namespace PartyAtlas.Api.Parties;

public sealed record PartyList(
    [property: Description("Version of the imported dataset this answer was built from.")] string? DataVersion,
    [property: Description("Number of parties listed.")] int Count,
    [property: Description("The matching parties, by id.")] IReadOnlyList<PartySummary> Parties);
