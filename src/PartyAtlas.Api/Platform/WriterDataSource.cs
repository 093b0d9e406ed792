using Npgsql;

namespace PartyAtlas.Api.Platform;

/// <summary>The data source that may write: used by the HTTP import only.</summary>
public sealed record WriterDataSource(NpgsqlDataSource DataSource);
