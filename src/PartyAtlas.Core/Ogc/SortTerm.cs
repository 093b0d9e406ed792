namespace PartyAtlas.Core.Ogc;

/// <summary>One term of an OGC `sortby`: a sortable column of the collection (from its allow-list), and its direction.</summary>
public sealed record SortTerm(string Column, bool Descending);
