using System.Text.Json.Serialization;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// Liveness ("ok") or readiness ("ready", with the data version served and the read server: whether it is a
/// standby, its replay lag in seconds, and its address).
/// </summary>
public sealed record Health(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DataVersion = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Standby = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ReplicationLagSeconds = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReadServer = null);
