namespace PartyAtlas.Core.Database;

/// <summary>The server a read connection reaches: a standby or not, its replay lag in seconds, and its address.</summary>
public sealed record ServerStatus(bool Standby, double? LagSeconds, string? Server);
