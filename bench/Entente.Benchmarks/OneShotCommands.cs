using System.Globalization;

namespace Entente.Benchmarks;

/// <summary>
/// The one-shot analysis commands as a user runs them: each a new process of the release CLI (dist/entente from
/// `dotnet publish src/Entente.Cli -p:PublishProfile=release`, else the Release build) on an existing store, R times
/// (5), reporting the median wall time and the median CPU time (user + system, read with /usr/bin/time where the
/// machine has it; on a shared machine the CPU time is the steadier figure). Targets (issue 13): on 1M claims each
/// ≤ 1 s but centrality ≤ 5 s; on 100k each ≤ 0.3 s.
/// Make a store with `entente synth --claims 1000000 --db FILE`.
/// Run: dotnet run -c Release --project bench/Entente.Benchmarks -- oneshot --db FILE [--runs 5] [--entente PATH] [--only COMMAND]
/// </summary>
public static class OneShotCommands
{
    /// <summary>
    /// The commands timed. A profile rolled up reads the store's actor facts of every member; one under a sphere filter reads
    /// the two hubs' claim outlines instead (the facts cannot tell spheres apart), so both costs stay in view.
    /// </summary>
    public static readonly string[][] Commands =
    [
        ["profile", "Russia", "Iran"], ["profile", "Russia", "Iran", "--rollup"], ["profile", "Russia", "Iran", "--sphere", "military"],
        ["relations", "Russia"], ["timeline", "Iran"], ["copresence", "Russia", "Iran"], ["path", "Russia", "Hezbollah"], ["centrality"],
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        string? Arg(string name) => Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var db = Arg("db") ?? throw new ArgumentException("oneshot needs --db FILE (a store made by `entente synth`)");
        var runs = int.Parse(Arg("runs") ?? "5", CultureInfo.InvariantCulture);
        var entente = Arg("entente") ?? ReleaseCli.Executable();
        // --only profile: just the commands of that name.
        var only = Arg("only");
        Console.WriteLine($"{"command",-34} {"wall ms (median)",17} {"cpu ms (median)",16}  runs {runs}, {db}, {entente}");
        foreach (var command in Commands.Where(c => only is null || c[0] == only))
        {
            var (walls, cpus) = (new List<double>(), new List<double>());
            for (var r = 0; r < runs; r++)
            {
                var (wall, cpu, _) = await TimedCommand.RunAsync(entente, [.. command, "--db", db]);
                walls.Add(wall * 1000);
                if (cpu is { } c) cpus.Add(c * 1000);
            }
            Console.WriteLine($"{string.Join(' ', command),-34} {TimedCommand.Median(walls),17:0} {(cpus.Count > 0 ? TimedCommand.Median(cpus).ToString("0", CultureInfo.InvariantCulture) : "n/a"),16}");
        }
        return 0;
    }
}
