using System.Globalization;
using System.Text;

namespace Entente.Benchmarks;

/// <summary>
/// Issue 14's dense texts through the release CLI (`entente extract FILE --format json`; dist/entente when published, else
/// the Release build), each a new process as a user runs it, timed by /usr/bin/time: CPU seconds (user + system) and
/// peak memory, medians of --runs. The texts: names and verbs with no full stop at 0.5, 1 and 2 MB (every sentence is
/// cut at the 3,000-character cap, and every 59 characters name four actors), news articles joined into 1 MB of
/// ordinary prose, and that news with its full stops turned into commas. CPU seconds are the figure to compare on a
/// shared machine; a tiny file gives the start-up cost.
/// Run: dotnet run -c Release --project bench/Entente.Benchmarks -- hostile [--runs 3] [--entente PATH]
/// Target (issue 14): the 1 MB text without a full stop in under 2 s.
/// </summary>
public static class HostileTexts
{
    private const string Dense = "Russia supplied drones to Iran and Syria talked with China ";

    public static async Task<int> RunAsync(string[] args)
    {
        string? Arg(string name) => Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var runs = int.Parse(Arg("runs") ?? "3", CultureInfo.InvariantCulture);
        var root = ReleaseCli.RepoRoot();
        var entente = Arg("entente") ?? ReleaseCli.Executable();
        if (!TimedCommand.MeasuresCpu) throw new InvalidOperationException("the hostile benchmark reads CPU time and peak memory from /usr/bin/time");
        var dir = Directory.CreateTempSubdirectory("entente-hostile-").FullName;
        try
        {
            // The team's 300 training articles where they are (../shared), else the sample reports, repeated to 1 MB.
            var train = Path.Combine(root, "..", "shared", "eval", "train");
            var news = News(Directory.Exists(train) ? train : Path.Combine(root, "samples", "corpus"), 1 << 20);
            var cases = new (string Name, string Text)[]
            {
                ("start-up (one sentence)", "Russia armed Iran in 2022.\n"),
                ("no full stop, 0.5 MB", Repeat(Dense, 1 << 19)),
                ("no full stop, 1 MB", Repeat(Dense, 1 << 20)),
                ("no full stop, 2 MB", Repeat(Dense, 1 << 21)),
                ("news, 1 MB", news),
                ("news without full stops, 1 MB", news.Replace('.', ',').ReplaceLineEndings(" ")),
            };
            Console.WriteLine($"{"text",-32} {"CPU s (median)",15} {"peak MB (median)",17} {"wall s (median)",16}  runs {runs}");
            foreach (var (name, text) in cases)
            {
                var file = Path.Combine(dir, "case.txt");
                await File.WriteAllTextAsync(file, text);
                var (cpus, peaks, walls) = (new List<double>(), new List<double>(), new List<double>());
                for (var r = 0; r < runs; r++)
                {
                    var (wall, cpu, peak) = await TimedCommand.RunAsync(entente, ["extract", file, "--format", "json", "--quiet", "--published", "2024-01-01"]);
                    (cpus, peaks, walls) = ([.. cpus, cpu!.Value], [.. peaks, peak!.Value], [.. walls, wall]);
                }
                Console.WriteLine($"{name,-32} {TimedCommand.Median(cpus),15:0.00} {TimedCommand.Median(peaks),17:0} {TimedCommand.Median(walls),16:0.0}");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        return 0;
    }

    private static string Repeat(string s, int length) => new StringBuilder(length + s.Length).Insert(0, s, length / s.Length + 1).ToString(0, length);

    /// <summary>The folder's articles one after another, again from the first, to <paramref name="length"/> characters.</summary>
    private static string News(string corpus, int length)
    {
        var reports = Directory.GetFiles(corpus, "*.txt").Concat(Directory.GetFiles(corpus, "*.md")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (reports.Count == 0) throw new InvalidOperationException($"no reports in {corpus}");
        var text = new StringBuilder(length + 10_000);
        for (var i = 0; text.Length < length; i++) text.Append(reports[i % reports.Count]).Append("\n\n");
        return text.ToString(0, length);
    }
}
