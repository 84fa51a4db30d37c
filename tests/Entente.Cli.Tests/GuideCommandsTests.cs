using System.Text;
using Entente.Cli.Framework;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>
/// Keeps docs/guide.md honest against the CLI: every `$ entente …` line in its examples names a command, gives
/// only options that command takes, each with a value where it needs one, and as many arguments as it accepts.
/// Nothing is run, so the test costs a parse per line; the outputs beside the lines are the guide's to keep current.
/// </summary>
public sealed class GuideCommandsTests
{
    private static string Guide => Path.Combine(SharedData.RepoRoot, "docs", "guide.md");

    [Fact]
    public void Every_entente_command_line_in_the_guide_parses()
    {
        var runner = CommandRunner.Default();
        var lines = CommandLines(File.ReadAllText(Guide)).ToList();
        Assert.True(lines.Count >= 25, $"only {lines.Count} `$ entente` lines found in docs/guide.md");
        var problems = new List<string>();
        foreach (var line in lines)
        {
            var problem = Check(runner, line);
            if (problem is not null) problems.Add($"{line}\n    {problem}");
        }
        Assert.True(problems.Count == 0, "lines in docs/guide.md the CLI would refuse:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void The_guide_walks_through_the_commands_of_the_question()
    {
        var used = CommandLines(File.ReadAllText(Guide)).Select(l => Tokens(l)[1]).ToHashSet();
        foreach (var command in new[] { "init", "ingest", "kb", "claims", "relations", "profile", "timeline", "copresence", "path",
            "centrality", "communities", "sources", "verdict", "conflicts", "publishers", "ach", "brief", "export", "serve" })
            Assert.Contains(command, used);
    }

    [Theory]
    [InlineData("entente relations Russia --limit 5", null)]
    [InlineData("entente relations Russia --colour red", "unknown option --colour")]
    [InlineData("entente profile Russia Iran Syria", "at most 2")]
    [InlineData("entente profile Russia", "at least 2")]
    [InlineData("entente frobnicate", "no command")]
    [InlineData("entente brief Russia Iran --out", "needs a value")]
    [InlineData("entente claims list --actor \"Islamic Republic of Iran\" --limit 3 | head", null)]
    public void The_check_tells_a_good_line_from_a_bad_one(string line, string? problem)
    {
        var found = Check(CommandRunner.Default(), line);
        if (problem is null) Assert.Null(found);
        else Assert.Contains(problem, found);
    }

    /// <summary>Null when the CLI would accept the words, else what it would say against them.</summary>
    private static string? Check(CommandRunner runner, string line)
    {
        var words = Tokens(line).Skip(1).ToList();
        var command = runner.Commands
            .Where(c => c.Name.Split(' ').Select((w, i) => i < words.Count && words[i] == w).All(x => x))
            .OrderByDescending(c => c.Name.Split(' ').Length)
            .FirstOrDefault();
        if (command is null) return $"no command '{string.Join(' ', words.Take(2))}'";
        var specs = command.Options.Concat(CommandRunner.Common.Where(c => command.Options.All(o => o.Name != c.Name))).ToList();
        try
        {
            var args = ArgParser.Parse(words.Skip(command.Name.Split(' ').Length).ToList(), specs);
            if (args.Has("help")) return null;
            var least = command.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => !w.StartsWith('['));
            if (args.Positional.Count > command.MaxArguments) return $"{args.Positional.Count} arguments, {command.Name} takes at most {command.MaxArguments}";
            if (args.Positional.Count < least) return $"{args.Positional.Count} arguments, {command.Name} takes at least {least}";
            return null;
        }
        catch (UsageException e)
        {
            return e.Message;
        }
    }

    /// <summary>The command lines shown in the guide's code blocks: `$ entente …`, without the prompt.</summary>
    private static IEnumerable<string> CommandLines(string markdown)
    {
        var inBlock = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("```", StringComparison.Ordinal)) inBlock = !inBlock;
            else if (inBlock && line.StartsWith("$ entente ", StringComparison.Ordinal)) yield return line[2..];
        }
    }

    /// <summary>Shell words up to the first pipe, redirection, `&amp;&amp;` or comment; quotes group, as sh does.</summary>
    private static List<string> Tokens(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var any = false;
        char? quote = null;
        foreach (var ch in line)
        {
            if (quote is not null)
            {
                if (ch == quote) quote = null;
                else word.Append(ch);
                continue;
            }
            if (ch is '"' or '\'')
            {
                quote = ch;
                any = true;
            }
            else if (char.IsWhiteSpace(ch))
            {
                if (any) words.Add(word.ToString());
                word.Clear();
                any = false;
            }
            else if (ch is '|' or '>' or '&' or ';' or '#' && !any) break;
            else
            {
                word.Append(ch);
                any = true;
            }
        }
        if (any) words.Add(word.ToString());
        return words;
    }
}
