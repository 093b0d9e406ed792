using System.ComponentModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PartyAtlas.Core.Ogc;

namespace PartyAtlas.Api.Ogc;

/// <summary>Endpoint metadata: this route serves the items of <paramref name="Collection"/> (read by the OpenAPI transformer).</summary>
public sealed record OgcItemsMetadata(FeatureCollectionDefinition Collection);
