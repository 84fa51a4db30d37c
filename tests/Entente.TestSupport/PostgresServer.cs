using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace Entente.TestSupport;

/// <summary>
/// A throwaway PostgreSQL server for tests (use as a class or assembly fixture): initdb in a temp folder,
/// pg_ctl start on a free loopback port, stopped and deleted afterwards. Each test asks for its own
/// database with <see cref="CreateDatabaseAsync"/>. Without PostgreSQL binaries tests skip, or fail under CI=true.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string User = "entente";
    public const string Password = "entente-test-password";

    private readonly PostgresProcesses _processes;
    private readonly string? _missing;
    private string? _root;
    private int _port;

    public PostgresServer()
    {
        var bin = PostgresBinaries.Find();
        _missing = bin is null ? "PostgreSQL binaries not found; install the Debian package postgresql" : null;
        _processes = new PostgresProcesses(bin ?? "");
    }

    private string DataDir => Path.Combine(_root!, "data");

    /// <summary>A postgres:// URL for a database on this server, with the test superuser's credentials.</summary>
    public string Url(string database, string? password = null) => $"postgres://{User}:{password ?? Password}@127.0.0.1:{_port}/{database}";

    public async ValueTask InitializeAsync()
    {
        if (_missing is not null) return;
        _root = Path.Combine(Path.GetTempPath(), "entente-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_root);
        var pwfile = Path.Combine(_root, "pwfile");
        await File.WriteAllTextAsync(pwfile, Password + "\n");
        await _processes.GiveAwayAsync(_root);
        await _processes.RunAsync("initdb", "-D", DataDir, "-U", User, "--pwfile", pwfile, "-A", "scram-sha-256", "-E", "UTF8", "--no-sync", "--no-instructions");
        _port = FreePort();
        // Speed over durability: this server lives for one test run.
        await File.AppendAllTextAsync(Path.Combine(DataDir, "postgresql.conf"), $"""

            port = {_port}
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{_root}'
            fsync = off
            full_page_writes = off
            synchronous_commit = off
            shared_buffers = 16MB
            max_connections = 40
            """);
        await _processes.RunAsync("pg_ctl", "-D", DataDir, "-l", Path.Combine(_root, "server.log"), "-w", "-s", "start");
    }

    /// <summary>A fresh, empty database for one test; skips (or fails under CI) when PostgreSQL is absent.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken ct = default)
    {
        Require();
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = _port,
            Username = User,
            Password = Password,
            Database = "postgres",
            Pooling = false,
        }.ConnectionString);
        await c.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
        await cmd.ExecuteNonQueryAsync(ct);
        return Url(name);
    }

    /// <summary>Skips the calling test when there is no PostgreSQL here; under CI=true that is a failure.</summary>
    public void Require()
    {
        if (_missing is null) return;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(_missing + " (CI must have it)");
        Assert.Skip(_missing);
    }

    public async ValueTask DisposeAsync()
    {
        if (_root is null) return;
        try
        {
            if (File.Exists(Path.Combine(DataDir, "postmaster.pid")))
                await _processes.RunAsync("pg_ctl", "-D", DataDir, "-m", "immediate", "-s", "-w", "stop");
        }
        finally
        {
            try { Directory.Delete(_root, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
