using Npgsql;

namespace Entente.Storage.Postgres;

/// <summary>
/// A postgres://user:password@host:port/database URL turned into an Npgsql connection string.
/// Query parameters (?sslmode=require) become connection-string keywords. The password never
/// appears in <see cref="Display"/>, which is what messages show.
/// </summary>
public sealed record PostgresUrl(string ConnectionString, string Host, int Port, string Database, string User)
{
    public string Display => $"postgres://{Host}:{Port}/{Database}";

    public string Endpoint => $"{Host}:{Port}";

    public static PostgresUrl Parse(string url)
    {
        const string shape = "expected postgres://user:password@host:port/database";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql") || string.IsNullOrEmpty(uri.Host))
            throw new StoreException($"malformed PostgreSQL URL '{Redact(url)}': {shape}");
        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length == 0 || database.Contains('/'))
            throw new StoreException($"malformed PostgreSQL URL '{Redact(url)}': it names no database; {shape}");
        var userInfo = uri.UserInfo.Split(':', 2);
        var user = Uri.UnescapeDataString(userInfo[0]);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.DnsSafeHost,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
            Timeout = 10,
        };
        if (user.Length > 0) builder.Username = user;
        if (userInfo.Length > 1) builder.Password = Uri.UnescapeDataString(userInfo[1]);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            try
            {
                builder[key == "sslmode" ? "SSL Mode" : key] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
            {
                throw new StoreException($"malformed PostgreSQL URL '{Redact(url)}': option '{key}' is not understood ({e.Message})");
            }
        }
        return new PostgresUrl(builder.ConnectionString, builder.Host!, builder.Port, database, user.Length > 0 ? user : Environment.UserName);
    }

    /// <summary>The URL with any password replaced, safe to print.</summary>
    public static string Redact(string url)
    {
        var at = url.IndexOf('@');
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0 || at < scheme) return url;
        var colon = url.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? url[..(colon + 1)] + "***" + url[at..] : url;
    }
}
