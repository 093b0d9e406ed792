using System.Collections.Frozen;
using Npgsql;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Parameters;
using static PartyAtlas.Core.Database.SqlQueries;

namespace PartyAtlas.Core.Ogc;

/// <summary>One page of features: exact counts and the features array as GeoJSON text built by PostGIS.</summary>
public sealed record FeaturePage(long NumberMatched, long NumberReturned, string FeaturesJson);
