using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Ogc;

public sealed record OgcTemporalExtent(IReadOnlyList<IReadOnlyList<string?>> Interval, string Trs);
