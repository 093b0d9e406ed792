using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace PartyAtlas.Api.Tiles;

/// <summary>A rendered tile (possibly empty: a valid tile without features).</summary>
public sealed class TileResult(byte[] tile) : PrebuiltBodyResult(tile, TileEndpoints.MediaType, contentTypeParameters: null), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(byte[]), [TileEndpoints.MediaType]));
}
