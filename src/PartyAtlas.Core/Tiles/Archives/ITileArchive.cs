namespace PartyAtlas.Core.Tiles.Archives;

/// <summary>A static tile archive being written: tiles in any order, then the metadata, then it is complete.</summary>
public interface ITileArchive : IAsyncDisposable
{
    /// <summary>One tile (uncompressed MVT, XYZ addressing); empty tiles are not added.</summary>
    Task AddAsync(int z, int x, int y, byte[] mvt, CancellationToken ct);

    /// <summary>Writes the directory and metadata and closes the file.</summary>
    Task FinishAsync(TileArchiveMetadata metadata, CancellationToken ct);
}

/// <summary>What an archive says about itself: TileJSON-like names, zooms, bounds and its layers' fields.</summary>
public sealed record TileArchiveMetadata(
    string Name, string Description, string Attribution, string Version, int MinZoom, int MaxZoom,
    IReadOnlyList<ArchiveLayer> Layers);

/// <summary>A vector layer of the archive, as TileJSON's vector_layers lists it.</summary>
public sealed record ArchiveLayer(string Id, string Description, int MinZoom, int MaxZoom, IReadOnlyDictionary<string, string> Fields);
