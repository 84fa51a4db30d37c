using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente demo`: the main job on the embedded default, end to end — create the database and load the
/// knowledge base, ingest the sample corpus, print what was found and the Russia–Iran profile, then serve
/// the web workbench on it. Each step is the ordinary command, so the demo shows exactly what they do.
/// </summary>
public sealed class DemoCommand : ICliCommand
{
    public string Name => "demo";
    public string Summary => "sample corpus -> database -> Russia-Iran profile -> web workbench";

    public IReadOnlyList<OptionSpec> Options =>
    [
        new("samples", "the folder of reports to ingest (default: samples/corpus of this repository)"),
        new("port", "port for the workbench (default: serve's own)"),
        OptionSpec.Flag("no-serve", "stop after the profile instead of serving the workbench"),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        if (args.Positional.Count > 0) throw new UsageException($"demo takes no arguments, not '{args.Positional[0]}'");
        var samples = args.Get("samples") ?? FindSamples()
            ?? throw new CliException("cannot find samples/corpus; run from the repository root or pass --samples DIR");
        if (!Directory.Exists(samples)) throw new CliException($"{samples} is not a folder of reports");
        var db = new[] { "--db", context.DatabaseSpec(args) };
        var runner = CommandRunner.Default();
        var steps = new List<(string Title, string[] Argv)>
        {
            ("1. database and knowledge base", ["init", .. db]),
            ("2. ingest the sample corpus", ["ingest", samples, .. db]),
            ("3. what was found", ["relations", "--limit", "15", .. db]),
            ("4. the Russia-Iran alliance profile", ["profile", "Russia", "Iran", .. db]),
        };
        foreach (var (title, argv) in steps)
        {
            context.Out.WriteLine();
            context.Out.WriteLine($"== {title}: entente {string.Join(' ', argv)}");
            var code = await runner.RunAsync(argv, context);
            if (code != 0) return code;
        }
        if (args.Has("no-serve")) return 0;
        context.Out.WriteLine();
        context.Out.WriteLine("== 5. the web workbench (Ctrl+C to stop)");
        string[] port = args.Get("port") is { } p ? ["--port", p] : [];
        return await runner.RunAsync(["serve", .. port, .. db], context);
    }

    /// <summary>samples/corpus under the working directory or above the program's folder.</summary>
    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "corpus");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
