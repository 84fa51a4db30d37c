using System.Net.Sockets;
using Npgsql;

namespace Entente.Storage.Postgres;

/// <summary>Turns Npgsql failures into messages that name the server and say what to do.</summary>
internal static class PostgresFailures
{
    public const string ForeignKeyViolation = "23503";

    public static StoreException Explain(PostgresUrl url, Exception e) => e switch
    {
        PostgresException { SqlState: "28P01" or "28000" } p =>
            new($"PostgreSQL at {url.Endpoint} refused user '{url.User}': {p.MessageText}; check the user name and password in the URL", e),
        PostgresException { SqlState: "3D000" } =>
            new($"database '{url.Database}' does not exist on PostgreSQL at {url.Endpoint}: create it first (createdb {url.Database})", e),
        PostgresException p => new($"{url.Display}: {p.MessageText}", e),
        NpgsqlException { InnerException: SocketException s } =>
            new($"cannot reach PostgreSQL at {url.Endpoint}: {s.Message}; is the server running?", e),
        NpgsqlException { InnerException: TimeoutException } or TimeoutException =>
            new($"cannot reach PostgreSQL at {url.Endpoint}: no answer within the timeout; is the server running?", e),
        _ => new($"cannot use PostgreSQL at {url.Endpoint}: {e.Message}", e),
    };

    public static bool IsExplainable(Exception e) => e is NpgsqlException or TimeoutException;
}
