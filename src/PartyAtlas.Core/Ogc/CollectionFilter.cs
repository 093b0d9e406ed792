namespace PartyAtlas.Core.Ogc;

/// <summary>An equality filter of a collection: a query parameter named after the property it matches.</summary>
public sealed record CollectionFilter(string Name, FilterType Type, string Description, IReadOnlyList<string>? Allowed = null);
