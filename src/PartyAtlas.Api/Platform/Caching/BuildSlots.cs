using Microsoft.Extensions.Options;
using PartyAtlas.Api.Platform.Options;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// How many answers are built from the database at once (PartyAtlas:MaxConcurrentBuilds, default twice the
/// cores). A build holds a connection, CPU and its body in memory; cache hits never wait for a slot. A
/// request that waits longer than PartyAtlas:BuildQueueSeconds gets a 503 with Retry-After instead of
/// queueing without bound, so a flood of distinct heavy requests cannot starve the rest.
/// </summary>
public sealed class BuildSlots(IOptions<PartyAtlasOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentBuilds);
    private readonly TimeSpan _wait = TimeSpan.FromSeconds(options.Value.BuildQueueSeconds);

    /// <summary>A slot (dispose it when the answer is built), or null when none came free in time.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken ct) =>
        await _slots.WaitAsync(_wait, ct) ? new Slot(_slots) : null;

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
