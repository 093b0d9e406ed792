using System.Text;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>
/// The layer messages of a Mapbox Vector Tile, read as protobuf (a tile is a sequence of field-3 layers),
/// so a test can compare an archive's multi-layer tile with the API's one-layer tiles byte for byte.
/// </summary>
public static class MvtLayers
{
    /// <summary>Each layer of the tile: its name and its whole field (tag, length and message) as written.</summary>
    public static IReadOnlyList<(string Name, byte[] Field)> Split(byte[] tile)
    {
        var layers = new List<(string, byte[])>();
        var at = 0;
        while (at < tile.Length)
        {
            var start = at;
            var tag = Varint(tile, ref at);
            Assert.Equal(0x1AUL, tag); // field 3 (layers), length-delimited: the only top-level field ST_AsMVT writes
            var length = (int)Varint(tile, ref at);
            var message = tile[at..(at + length)];
            at += length;
            layers.Add((Name(message), tile[start..at]));
        }

        return layers;
    }

    /// <summary>A one-layer tile with its layer renamed (field 1 replaced), everything else byte for byte.</summary>
    public static byte[] Renamed(byte[] tile, string name)
    {
        var (_, field) = Assert.Single(Split(tile));
        var at = 0;
        Varint(field, ref at);
        var length = (int)Varint(field, ref at);
        var message = field[at..(at + length)];
        var rewritten = new List<byte>();
        var i = 0;
        while (i < message.Length)
        {
            var start = i;
            var tag = Varint(message, ref i);
            Skip(message, ref i, (int)(tag & 7));
            if (tag == 0x0A)
            {
                var bytes = Encoding.UTF8.GetBytes(name);
                rewritten.Add(0x0A);
                rewritten.AddRange(VarintBytes((ulong)bytes.Length));
                rewritten.AddRange(bytes);
            }
            else
            {
                rewritten.AddRange(message[start..i]);
            }
        }

        return [0x1A, .. VarintBytes((ulong)rewritten.Count), .. rewritten];
    }

    private static string Name(byte[] message)
    {
        var i = 0;
        while (i < message.Length)
        {
            var tag = Varint(message, ref i);
            if (tag == 0x0A)
            {
                var length = (int)Varint(message, ref i);
                return Encoding.UTF8.GetString(message, i, length);
            }

            Skip(message, ref i, (int)(tag & 7));
        }

        return "";
    }

    private static void Skip(byte[] data, ref int at, int wireType)
    {
        switch (wireType)
        {
            case 0: Varint(data, ref at); break;
            case 1: at += 8; break;
            case 2:
                var length = (int)Varint(data, ref at); // read before adding: `at += Varint(ref at)` would add to the old position
                at += length;
                break;
            case 5: at += 4; break;
            default: throw new InvalidDataException($"wire type {wireType}");
        }
    }

    private static ulong Varint(byte[] data, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = data[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    private static byte[] VarintBytes(ulong value)
    {
        var bytes = new List<byte>();
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
        return [.. bytes];
    }
}
