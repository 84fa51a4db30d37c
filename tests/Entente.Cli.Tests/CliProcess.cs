using System.Diagnostics;
using System.Text;

namespace Entente.Cli.Tests;

/// <summary>The real CLI as a child process, for tests that kill it or run several at once.</summary>
public static class CliProcess
{
    /// <summary>Starts `dotnet entente.dll ARGS`; with <paramref name="stopWhen"/>, kills it with SIGKILL once that holds of its stderr so far.</summary>
    public static async Task<(int Code, string Out, string Err)> RunAsync(string[] args, Func<string, bool>? stopWhen, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "entente.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var err = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (err) err.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(5));
        while (!process.HasExited)
        {
            string soFar;
            lock (err) soFar = err.ToString();
            if (stopWhen is not null && stopWhen(soFar))
            {
                process.Kill(); // SIGKILL on Unix: no handler, no flush, no rollback by the process itself
                break;
            }
            await Task.Delay(20, deadline.Token);
        }
        await process.WaitForExitAsync(deadline.Token);
        var printed = await stdout;
        lock (err) return (process.ExitCode, printed, err.ToString());
    }
}
