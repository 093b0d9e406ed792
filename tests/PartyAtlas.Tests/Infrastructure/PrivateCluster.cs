using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PartyAtlas.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of one test's own, which it may stop and start (the shared one must keep
/// running for the other tests). Needs the PostgreSQL 15 server binaries (./scripts/test installs them).
/// </summary>
public sealed class PrivateCluster : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly string _folder;

    private PrivateCluster(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    private string Data => Path.Combine(_folder, "data");

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=3";

    public static async Task<PrivateCluster> CreateAsync()
    {
        Assert.True(File.Exists(Path.Combine(Bin, "initdb")), "This fault test needs the PostgreSQL 15 server binaries (apt-get install postgresql-15-postgis-3).");
        var folder = Directory.CreateTempSubdirectory("partyatlas-cluster-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101); // the postgres user must reach it
        }
        var cluster = new PrivateCluster(folder, FreePort());
        Directory.CreateDirectory(cluster.Data);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres:", cluster.Data);
        }

        await cluster.PgAsync("initdb", "-D", cluster.Data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        return cluster;
    }

    /// <summary>
    /// A streaming replica of <paramref name="primary"/> (pg_basebackup -R: a standby that follows the primary's WAL),
    /// created but not started. The primary's default pg_hba (initdb --auth=trust) admits replication on loopback.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static async Task<PrivateCluster> CreateReplicaAsync(PrivateCluster primary)
    {
        var folder = Directory.CreateTempSubdirectory("partyatlas-replica-").FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        var replica = new PrivateCluster(folder, FreePort());
        Directory.CreateDirectory(replica.Data);
        File.SetUnixFileMode(replica.Data, (UnixFileMode)0b111_000_000);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres:", replica.Data);
        }

        await replica.PgAsync("pg_basebackup", "-h", "127.0.0.1", "-p", primary.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", "postgres", "-D", replica.Data, "-R", "-X", "stream", "-c", "fast");
        return replica;
    }

    public Task StartAsync() => PgAsync("pg_ctl", "-D", Data, "-l", Path.Combine(Data, "server.log"), "-w", "-t", "60",
        "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off", "start");

    public Task StopAsync() => PgAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    public async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
#pragma warning disable CA2100 // a test database name
        await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(Data, "postmaster.pid")))
        {
            await StopAsync();
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private Task PgAsync(string tool, params string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(Bin, tool), .. args])
            : RunAsync(Path.Combine(Bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)}: {await stderr}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
