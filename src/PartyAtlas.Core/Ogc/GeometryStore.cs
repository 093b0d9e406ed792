using System.Collections.Frozen;
using System.Text;
using Npgsql;
using PartyAtlas.Core.Database;

namespace PartyAtlas.Core.Ogc;

/// <summary>
/// The countries' prepared GeoJSON geometry (country_geojson, full detail) as UTF-8, held for one data
/// version. An OGC page copies a country's geometry from here instead of having PostgreSQL read and send
/// a megabyte of stored text per request: the page query names each feature's country (geometry_key).
/// Loaded on first use and again when a query saw another version; the load records the version it read
/// in the request's <see cref="DataSnapshot"/>, so a page never joins geometry of another version unnoticed.
/// </summary>
public sealed class GeometryStore(NpgsqlDataSource db)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Held? _held;

    /// <summary>The geometries of <paramref name="version"/> (or of the version now current, if it changed since).</summary>
    public async ValueTask<FrozenDictionary<string, byte[]>> ForVersionAsync(string version, CancellationToken ct)
    {
        if (_held is { } held && held.Version == version)
        {
            DataSnapshot.Record(held.Version);
            return held.Geometries;
        }

        await _loading.WaitAsync(ct);
        try
        {
            if (_held is { } loaded && loaded.Version == version)
            {
                DataSnapshot.Record(loaded.Version);
                return loaded.Geometries;
            }

            var fresh = await LoadAsync(ct);
            _held = fresh;
            return fresh.Geometries;
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<Held> LoadAsync(CancellationToken ct)
    {
        await using var command = SqlQueries.Command(db, SqlQueries.WithVersion(SqlFiles.Get("Ogc/prepared_geometries.sql")), []);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var geometries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        string? version = null;
        while (await reader.ReadAsync(ct))
        {
            SqlQueries.Record(reader);
            version ??= reader.GetString(reader.FieldCount - 1);
            geometries[reader.GetString(0)] = Encoding.UTF8.GetBytes(reader.GetString(1));
        }

        version ??= await db.DataVersionAsync(ct) ?? "none";
        return new Held(version, geometries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private sealed record Held(string Version, FrozenDictionary<string, byte[]> Geometries);
}
