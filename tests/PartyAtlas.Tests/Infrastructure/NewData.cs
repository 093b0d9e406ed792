using System.Diagnostics;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>
/// A running API holds the data version in memory and reads it again every second, so an import made
/// outside it (the CLI, another process) is served within 2 s: the promise these tests hold it to.
/// </summary>
public static class NewData
{
    public static readonly TimeSpan Within = TimeSpan.FromSeconds(2);

    /// <summary>Reads until <paramref name="arrived"/> holds or <see cref="Within"/> has passed; returns the last read.</summary>
    public static async Task<T> ServedAsync<T>(Func<Task<T>> read, Func<T, bool> arrived, TimeSpan? within = null)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (arrived(value) || waited.Elapsed > (within ?? Within))
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
