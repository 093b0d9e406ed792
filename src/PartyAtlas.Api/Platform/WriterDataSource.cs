using Microsoft.Extensions.Options;
using Npgsql;
using PartyAtlas.Core.Countries;
using PartyAtlas.Core.Database;
using PartyAtlas.Core.Dialogues;
using PartyAtlas.Core.Reach;
using PartyAtlas.Core.Sources;
using PartyAtlas.Core.Ogc;
using PartyAtlas.Core.Tiles;

namespace PartyAtlas.Api.Platform;

/// <summary>The data source that may write: used by the HTTP import only.</summary>
public sealed record WriterDataSource(NpgsqlDataSource DataSource);
