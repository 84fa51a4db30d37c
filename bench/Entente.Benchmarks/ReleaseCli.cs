using System.Diagnostics;
using System.Text;

namespace Entente.Benchmarks;

/// <summary>The Release CLI (dotnet build -c Release src/Entente.Cli) run as a child process, as a user runs it.</summary>
public static class ReleaseCli
{
    public static string RepoRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Entente.slnx"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("no Entente.slnx above the benchmark");
        return root;
    }

    /// <summary>
    /// The CLI a user runs: the release build (`dotnet publish src/Entente.Cli -p:PublishProfile=release`, dist/entente)
    /// when it has been published, else the Release build's own executable.
    /// </summary>
    public static string Executable()
    {
        var published = Path.Combine(RepoRoot(), "dist", "entente");
        return File.Exists(published) ? published : ReleaseBuild("entente");
    }

    /// <summary>A file of the Release build's output folder (dotnet build -c Release src/Entente.Cli).</summary>
    private static string ReleaseBuild(string file) => Path.Combine(RepoRoot(), "src", "Entente.Cli", "bin", "Release", "net10.0", file);

    public static string EntenteDll()
    {
        var dll = ReleaseBuild("entente.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"build the CLI first: dotnet build -c Release src/Entente.Cli ({dll} is missing)");
    }

    /// <summary>What one run did: its exit code (137 when killed), stderr, wall time, and whether it was killed.</summary>
    public sealed record Outcome(int Code, string Err, TimeSpan Wall, bool Killed);

    /// <summary>
    /// Runs `entente ARGS`; once <paramref name="killWhen"/> holds (of stderr so far and the time since start) the
    /// process gets SIGKILL: no handler, no flush, no rollback by the process itself.
    /// </summary>
    public static async Task<Outcome> RunAsync(string[] args, Func<string, TimeSpan, bool>? killWhen = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.ArgumentList.Add(EntenteDll());
        foreach (var a in args) start.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var err = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (err) err.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var killed = false;
        while (!process.HasExited)
        {
            string soFar;
            lock (err) soFar = err.ToString();
            if (killWhen is not null && killWhen(soFar, clock.Elapsed))
            {
                process.Kill();
                killed = true;
                break;
            }
            await Task.Delay(10);
        }
        await process.WaitForExitAsync();
        await stdout;
        lock (err) return new Outcome(process.ExitCode, err.ToString(), clock.Elapsed, killed);
    }
}
