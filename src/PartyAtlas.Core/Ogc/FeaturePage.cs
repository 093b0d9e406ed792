namespace PartyAtlas.Core.Ogc;

/// <summary>One page of features: exact counts and the features array as GeoJSON (UTF-8).</summary>
public sealed record FeaturePage(long NumberMatched, long NumberReturned, byte[] Features);
