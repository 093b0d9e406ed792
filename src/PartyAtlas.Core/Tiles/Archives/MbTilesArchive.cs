using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace PartyAtlas.Core.Tiles.Archives;

/// <summary>
/// An MBTiles 1.3 archive (https://github.com/mapbox/mbtiles-spec/blob/master/1.3/spec.md): SQLite with a
/// metadata table and a tiles table in TMS row order, gzipped MVT (format pbf) and the vector_layers in
/// the `json` row, as GDAL, QGIS and tile servers read it. Written in one transaction.
/// </summary>
public sealed class MbTilesArchive : ITileArchive
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert;
    private readonly SemaphoreSlim _one = new(1, 1);

    public MbTilesArchive(string path)
    {
        File.Delete(path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        _connection.Open();
        using (var schema = _connection.CreateCommand())
        {
            schema.CommandText = """
                CREATE TABLE metadata (name text, value text);
                CREATE UNIQUE INDEX name ON metadata (name);
                CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob);
                CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);
                """;
            schema.ExecuteNonQuery();
        }

        _transaction = _connection.BeginTransaction();
        _insert = _connection.CreateCommand();
        _insert.Transaction = _transaction;
        _insert.CommandText = "INSERT INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES ($z, $x, $row, $data)";
        foreach (var name in new[] { "$z", "$x", "$row", "$data" })
        {
            _insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
    }

    public async Task AddAsync(int z, int x, int y, byte[] mvt, CancellationToken ct)
    {
        var gzipped = Gzip.Compress(mvt);
        await _one.WaitAsync(ct);
        try
        {
            _insert.Parameters["$z"].Value = z;
            _insert.Parameters["$x"].Value = x;
            _insert.Parameters["$row"].Value = (1 << z) - 1 - y; // TMS: rows count from the south
            _insert.Parameters["$data"].Value = gzipped;
            await _insert.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            _one.Release();
        }
    }

    public async Task FinishAsync(TileArchiveMetadata metadata, CancellationToken ct)
    {
        var rows = new Dictionary<string, string>
        {
            ["name"] = metadata.Name,
            ["description"] = metadata.Description,
            ["attribution"] = metadata.Attribution,
            ["version"] = metadata.Version,
            ["type"] = "overlay",
            ["format"] = "pbf",
            ["minzoom"] = metadata.MinZoom.ToString(CultureInfo.InvariantCulture),
            ["maxzoom"] = metadata.MaxZoom.ToString(CultureInfo.InvariantCulture),
            ["bounds"] = "-180,-85.05112878,180,85.05112878",
            ["center"] = "30,20,1",
            ["json"] = JsonSerializer.Serialize(new
            {
                vector_layers = metadata.Layers.Select(l => new { id = l.Id, description = l.Description, minzoom = l.MinZoom, maxzoom = l.MaxZoom, fields = l.Fields }),
            }),
        };
        await using var insert = _connection.CreateCommand();
        insert.Transaction = _transaction;
        insert.CommandText = "INSERT INTO metadata (name, value) VALUES ($name, $value)";
        var name = insert.Parameters.Add(new SqliteParameter { ParameterName = "$name" });
        var value = insert.Parameters.Add(new SqliteParameter { ParameterName = "$value" });
        foreach (var (key, text) in rows)
        {
            (name.Value, value.Value) = (key, text);
            await insert.ExecuteNonQueryAsync(ct);
        }

        await _transaction.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
        _one.Dispose();
    }
}
