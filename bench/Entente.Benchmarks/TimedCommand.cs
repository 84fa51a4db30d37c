using System.Diagnostics;
using System.Globalization;

namespace Entente.Benchmarks;

/// <summary>
/// One run of the CLI as a user runs it, one process: wall time by Stopwatch, and CPU seconds (user + system) and peak
/// resident memory read from /usr/bin/time where the machine has it (null where it does not).
/// </summary>
internal static class TimedCommand
{
    public static bool MeasuresCpu => File.Exists("/usr/bin/time");

    public static async Task<(double WallSeconds, double? CpuSeconds, double? PeakMb)> RunAsync(string entente, string[] args)
    {
        var timed = MeasuresCpu;
        var start = new ProcessStartInfo(timed ? "/usr/bin/time" : entente) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (timed) foreach (var a in new[] { "-f", "time %U %S %M", entente }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        var wall = clock.Elapsed.TotalSeconds;
        await output;
        if (p.ExitCode != 0) throw new InvalidOperationException($"entente {string.Join(' ', args)} failed: {await error}");
        if ((await error).Split('\n').LastOrDefault(l => l.StartsWith("time ", StringComparison.Ordinal))?.Split(' ') is not [_, var user, var system, var peak])
            return (wall, null, null);
        double Read(string x) => double.Parse(x, CultureInfo.InvariantCulture);
        return (wall, Read(user) + Read(system), Read(peak) / 1024);
    }

    public static double Median(List<double> xs)
    {
        xs.Sort();
        return xs.Count % 2 == 1 ? xs[xs.Count / 2] : (xs[xs.Count / 2 - 1] + xs[xs.Count / 2]) / 2;
    }
}
