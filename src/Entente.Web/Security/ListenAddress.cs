using System.Net;

namespace Entente.Web.Security;

/// <summary>Whether a host name or address only accepts connections from this machine.</summary>
public static class ListenAddress
{
    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Kestrel binds a free port (port 0) only on an explicit address, so "localhost" becomes 127.0.0.1.</summary>
    public static string ForBinding(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? "127.0.0.1"
        : host.Contains(':') && !host.StartsWith('[') ? $"[{host}]" : host;
}
