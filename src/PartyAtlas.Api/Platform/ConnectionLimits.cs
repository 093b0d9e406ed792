using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// What one connection may hold: a client that reads more slowly than PartyAtlas:MinResponseBytesPerSecond
/// (after a 5 s grace) is dropped, and each connection's kernel send buffer is fixed at
/// PartyAtlas:SocketSendBufferKilobytes (accepted sockets inherit it from the listener) — autotuned, it grows
/// to megabytes per slow reader: kernel memory and copying that the rate floor never sees.
/// </summary>
internal static class ConnectionLimits
{
    public static void AddPartyAtlasConnectionLimits(this WebApplicationBuilder builder)
    {
        var options = PartyAtlasOptions.From(builder.Configuration);
        var floor = options.MinResponseBytesPerSecond;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MinResponseDataRate = floor > 0 ? new MinDataRate(floor, TimeSpan.FromSeconds(5)) : null);
        var sendBuffer = options.SocketSendBufferKilobytes * 1024;
        builder.WebHost.UseSockets(o => o.CreateBoundListenSocket = endpoint =>
        {
            var socket = SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);
            if (sendBuffer > 0 && socket.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)
            {
                socket.SendBufferSize = sendBuffer;
            }

            return socket;
        });
    }
}
