namespace PartyAtlas.Api.Reach;

public sealed record CompareCounts(int Joined, int Left, int Stayed);
