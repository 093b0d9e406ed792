using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Platform;

/// <summary>Liveness ("ok") or readiness ("ready", with the data version served).</summary>
public sealed record Health(string Status, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DataVersion = null);
