using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;
using Npgsql;
using PartyAtlas.Core.Ogc;
using static PartyAtlas.Core.Database.SqlIdentifier;

namespace PartyAtlas.Core.Release;

/// <summary>
/// partyatlas.gpkg: an OGC GeoPackage 1.3 (SQLite through Microsoft.Data.Sqlite, geometries as GeoPackage
/// binary: header, envelope, WKB from NetTopologySuite) with the layers countries, participations (drawn with
/// their country), reach (per country and year) and dialogues (host cities), each feature's properties as
/// the OGC collections serve them (the same row sources), read by GDAL and QGIS.
/// </summary>
public static class GeoPackageWriter
{
    private static readonly string[] Layers = ["countries", "participations", "reach", "dialogues"];

    public static async Task<IReadOnlyDictionary<string, int>> WriteAsync(NpgsqlDataSource dataSource, string path, CancellationToken ct)
    {
        File.Delete(path);
        await using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        await sqlite.OpenAsync(ct);
        await ExecuteAsync(sqlite, """
            PRAGMA application_id = 1196444487;
            PRAGMA user_version = 10300;
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
                organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            INSERT INTO gpkg_spatial_ref_sys VALUES
                ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL),
                ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL),
                ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
                last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
                srs_id INTEGER REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
                srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));
            """, ct);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in Layers)
        {
            counts[id] = await WriteLayerAsync(dataSource, sqlite, FeatureCollections.Find(id)!, ct);
        }

        return counts;
    }

    private static async Task<int> WriteLayerAsync(NpgsqlDataSource dataSource, SqliteConnection sqlite, FeatureCollectionDefinition collection, CancellationToken ct)
    {
        // The collection's own row source (its name from the allow-list), in its own order.
        var rows = new List<(byte[]? Wkb, JsonElement Properties)>();
        await using (var command = dataSource.CreateCommand(
            $"SELECT ST_AsBinary(f.geom), f.properties::text FROM {Quote(collection.RowSource)} f ORDER BY {string.Join(", ", collection.Order.Select(c => "f." + Quote(c)))}"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.IsDBNull(0) ? null : reader.GetFieldValue<byte[]>(0), JsonDocument.Parse(reader.GetString(1)).RootElement.Clone()));
            }
        }

        // Column types from the values: integers, reals, booleans as integers, everything else text.
        var columns = collection.Properties.Select(name => (Name: name, Type: SqliteType(rows.Select(r => r.Properties.TryGetProperty(name, out var v) ? v : default)))).ToArray();
        // Countries are multipolygons, but a few places exist only as a point (0009): the column says GEOMETRY rather than lie.
        var geometryType = collection.Id == "dialogues" ? "POINT" : "GEOMETRY";
        await using var transaction = (SqliteTransaction)await sqlite.BeginTransactionAsync(ct);
        await ExecuteAsync(sqlite, $"CREATE TABLE {Quote(collection.Id)} (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom {geometryType}"
            + string.Concat(columns.Select(c => $", {Quote(c.Name)} {c.Type}")) + ")", ct, transaction);

        var reader2 = new WKBReader();
        var (minX, minY, maxX, maxY) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        await using (var insert = sqlite.CreateCommand())
        {
            insert.Transaction = transaction;
#pragma warning disable CA2100 // table and column names from FeatureCollections' allow-list, quoted; values are parameters
            insert.CommandText = $"INSERT INTO {Quote(collection.Id)} (geom{string.Concat(columns.Select(c => ", " + Quote(c.Name)))}) VALUES ($geom{string.Concat(columns.Select((_, i) => $", $p{i}"))})";
#pragma warning restore CA2100
            foreach (var (wkb, properties) in rows)
            {
                insert.Parameters.Clear();
                byte[]? blob = null;
                if (wkb is not null)
                {
                    var envelope = reader2.Read(wkb).EnvelopeInternal;
                    (minX, minY, maxX, maxY) = (Math.Min(minX, envelope.MinX), Math.Min(minY, envelope.MinY), Math.Max(maxX, envelope.MaxX), Math.Max(maxY, envelope.MaxY));
                    blob = GeoPackageBinary(wkb, envelope);
                }

                insert.Parameters.AddWithValue("$geom", (object?)blob ?? DBNull.Value);
                for (var i = 0; i < columns.Length; i++)
                {
                    insert.Parameters.AddWithValue($"$p{i}", properties.TryGetProperty(columns[i].Name, out var v) ? Value(v) : DBNull.Value);
                }

                await insert.ExecuteNonQueryAsync(ct);
            }
        }

        await using (var contents = sqlite.CreateCommand())
        {
            contents.Transaction = transaction;
            contents.CommandText = """
                INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
                VALUES ($t, 'features', $t, $d, $minx, $miny, $maxx, $maxy, 4326);
                INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', $g, 4326, 0, 0);
                """;
            contents.Parameters.AddWithValue("$t", collection.Id);
            contents.Parameters.AddWithValue("$d", collection.Description);
            contents.Parameters.AddWithValue("$g", geometryType);
            contents.Parameters.AddWithValue("$minx", minX);
            contents.Parameters.AddWithValue("$miny", minY);
            contents.Parameters.AddWithValue("$maxx", maxX);
            contents.Parameters.AddWithValue("$maxy", maxY);
            await contents.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return rows.Count;
    }

    // GeoPackage binary: "GP", version 0, flags (little-endian, an [minx, maxx, miny, maxy] envelope), SRS id, envelope, WKB.
    private static byte[] GeoPackageBinary(byte[] wkb, NetTopologySuite.Geometries.Envelope envelope)
    {
        var blob = new byte[8 + 32 + wkb.Length];
        blob[0] = (byte)'G';
        blob[1] = (byte)'P';
        blob[2] = 0;
        blob[3] = 0b0000_0011;
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(4), 4326);
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(8), envelope.MinX);
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(16), envelope.MaxX);
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(24), envelope.MinY);
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(32), envelope.MaxY);
        wkb.CopyTo(blob, 40);
        return blob;
    }

    private static string SqliteType(IEnumerable<JsonElement> values)
    {
        var kinds = values.Where(v => v.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null)).Select(v => v.ValueKind switch
        {
            JsonValueKind.Number => v.TryGetInt64(out _) ? "INTEGER" : "REAL",
            JsonValueKind.True or JsonValueKind.False => "BOOLEAN",
            _ => "TEXT",
        }).Distinct().ToArray();
        return kinds switch
        {
            ["INTEGER"] => "INTEGER",
            ["REAL"] or ["INTEGER", "REAL"] or ["REAL", "INTEGER"] => "REAL",
            ["BOOLEAN"] => "BOOLEAN",
            _ => "TEXT",
        };
    }

    private static object Value(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => DBNull.Value,
        JsonValueKind.Number => v.TryGetInt64(out var n) ? n : v.GetDouble(),
        JsonValueKind.True => 1,
        JsonValueKind.False => 0,
        JsonValueKind.String => v.GetString()!,
        _ => v.GetRawText(),
    };

    private static async Task ExecuteAsync(SqliteConnection sqlite, string sql, CancellationToken ct, SqliteTransaction? transaction = null)
    {
        await using var command = sqlite.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // fixed statements, and table definitions from FeatureCollections' allow-list, quoted
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(ct);
    }
}
