using PartyAtlas.Core.Ogc;

namespace PartyAtlas.Api.Ogc;

/// <summary>Endpoint metadata: this route serves the items of <paramref name="Collection"/> (read by the OpenAPI transformer).</summary>
public sealed record OgcItemsMetadata(FeatureCollectionDefinition Collection);
