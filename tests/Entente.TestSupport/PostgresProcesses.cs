using System.Diagnostics;

namespace Entente.TestSupport;

/// <summary>
/// Runs the PostgreSQL tools. PostgreSQL refuses to run as root, so as root the tools run as the
/// "postgres" user (which the Debian package creates) through runuser, and the files are given to it.
/// </summary>
internal sealed class PostgresProcesses(string binDir)
{
    private static bool IsRoot => Environment.UserName == "root";

    public async Task GiveAwayAsync(string dir)
    {
        if (IsRoot) await ExecAsync("chown", ["-R", "postgres:", dir]);
    }

    public Task RunAsync(string tool, params string[] args)
    {
        var exe = Path.Combine(binDir, tool);
        return IsRoot ? ExecAsync("runuser", ["-u", "postgres", "--", exe, .. args]) : ExecAsync(exe, args);
    }

    private static async Task ExecAsync(string exe, IReadOnlyList<string> args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {exe}");
        // Read to the end before waiting: a full pipe would block the tool. pg_ctl start detaches the
        // server with its output sent to the log file, so these streams do end.
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{exe} {string.Join(' ', args)} failed with exit code {p.ExitCode}: {await stderr}{await stdout}");
    }
}
