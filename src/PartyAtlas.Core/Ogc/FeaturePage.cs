namespace PartyAtlas.Core.Ogc;

/// <summary>One page of features: exact counts and the features array as GeoJSON text built by PostGIS.</summary>
public sealed record FeaturePage(long NumberMatched, long NumberReturned, string FeaturesJson);
