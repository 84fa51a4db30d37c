using Entente.Cli.Framework;
using Entente.Extraction.Lexicons;
using Entente.Training.Lexical;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente lexicon build --wordnet DIR [--out DIR] [--seeds FILE]`: builds lexical-classes.tsv and lemmas.tsv
/// from a WordNet 3.0 directory and the shipped seeds (or others), and prints how many forms each class has.
/// Missing or malformed WordNet files and bad seeds fail with the file and line (exit 1).
/// </summary>
public sealed class LexiconCommand : ICliCommand
{
    public string Name => "lexicon build";
    public string Summary => "build the lexical-class tables extraction ships from WordNet 3.0 (Debian's wordnet-base)";

    public IReadOnlyList<OptionSpec> Options =>
    [
        new("wordnet", "WordNet 3.0 database directory (data.verb, index.verb, verb.exc, and the noun ones): /usr/share/wordnet on Debian"),
        new("out", "directory to write lexical-classes.tsv and lemmas.tsv into (default: the current one)"),
        new("seeds", "a seed file to use instead of the shipped one (class, pos, lemma, sense, reach)"),
        Output.FormatOption,
    ];

    public Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        if (args.Positional.Count > 0) throw new UsageException($"lexicon build takes no arguments, not '{args.Positional[0]}'");
        var wordNet = args.Get("wordnet") ?? throw new UsageException("--wordnet DIR is required (Debian: apt-get install wordnet-base, then --wordnet /usr/share/wordnet)");
        var format = Output.Format(args);
        var (seedName, seedText) = SeedsOf(args.Get("seeds"));
        try
        {
            var build = LexiconBuilder.Build(wordNet, seedText, seedName);
            var (classes, lemmas) = LexiconBuilder.Write(build, args.Get("out") ?? ".");
            if (format == OutputFormat.Table)
                context.Out.WriteLine($"wrote {build.Rows.Count} rows ({new FileInfo(classes).Length} bytes) to {classes} and {build.Lemmas.Count} rows ({new FileInfo(lemmas).Length} bytes) to {lemmas}");
            var rows = build.Rows.GroupBy(r => r.Class).OrderBy(g => g.Key)
                .Select(g => (Class: g.Key.ToId(), Forms: g.Count(), Lemmas: g.Select(r => (r.Lemma, r.Pos)).Distinct().Count()))
                .ToList();
            Output.Write(context.Out, format, rows,
                [new("class", r => r.Class), new("forms", r => r.Forms.ToString()), new("lemmas", r => r.Lemmas.ToString())],
                r => new LexiconClassView(r.Class, r.Forms, r.Lemmas));
            return Task.FromResult(0);
        }
        catch (Exception e) when (e is LexiconBuildException or IOException or UnauthorizedAccessException)
        {
            throw new CliException(e.Message);
        }
    }

    private static (string Name, string Text) SeedsOf(string? path)
    {
        if (path is null) return LexicalSeeds.Shipped();
        if (!File.Exists(path)) throw new CliException($"seed file '{path}' does not exist");
        return (path, File.ReadAllText(path));
    }
}

/// <summary>One class of the built table as <c>--format json</c> prints it: its id and how many forms and lemmas it has.</summary>
public sealed record LexiconClassView(string Class, int Forms, int Lemmas);
