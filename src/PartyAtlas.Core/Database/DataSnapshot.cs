namespace PartyAtlas.Core.Database;

/// <summary>
/// Which data version the answers of one request were read from. Every read query also returns the
/// version its own statement saw (one statement is one snapshot), and records it here; a response is
/// then labelled and cached under the version its body was built from, never under a neighbour's.
/// Two queries of one request that saw different versions (an import committed between them) mark it
/// <see cref="Mixed"/>, and the caller answers again rather than serve a body from two datasets.
/// </summary>
public sealed class DataSnapshot : IDisposable
{
    private static readonly AsyncLocal<DataSnapshot?> Ambient = new();
    private readonly DataSnapshot? _outer;
    private readonly Lock _lock = new();

    private DataSnapshot(DataSnapshot? outer) => _outer = outer;

    /// <summary>The version every query so far saw, or null before the first query.</summary>
    public string? Version { get; private set; }

    public bool Mixed { get; private set; }

    /// <summary>Starts recording for the current async flow (the request's handler and what it awaits).</summary>
    public static DataSnapshot Begin()
    {
        var snapshot = new DataSnapshot(Ambient.Value);
        Ambient.Value = snapshot;
        return snapshot;
    }

    internal static void Record(string? version)
    {
        if (Ambient.Value is not { } snapshot || version is null)
        {
            return;
        }

        lock (snapshot._lock)
        {
            if (snapshot.Version is null)
            {
                snapshot.Version = version;
            }
            else if (snapshot.Version != version)
            {
                snapshot.Mixed = true;
            }
        }
    }

    public void Dispose() => Ambient.Value = _outer;
}
