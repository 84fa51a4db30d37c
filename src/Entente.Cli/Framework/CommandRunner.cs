using System.Reflection;
using System.Text;

namespace Entente.Cli.Framework;

/// <summary>Finds the command named by the leading words, parses its options and runs it with the exit-code policy.</summary>
public sealed class CommandRunner(IReadOnlyList<ICliCommand> commands)
{
    /// <summary>Options every command takes.</summary>
    public static readonly OptionSpec[] Common =
    [
        new("db", "database: a file path (SQLite, default entente.db or $ENTENTE_DB) or a postgres:// URL"),
        OptionSpec.Flag("help", "show this help"),
        OptionSpec.Flag("verbose", "on an error, print the stack trace too"),
    ];

    /// <summary>A runner of every command (<see cref="CommandCatalog"/>), in name order.</summary>
    public static CommandRunner Default() => new(CommandCatalog.All().OrderBy(c => c.Name, StringComparer.Ordinal).ToList());

    public IReadOnlyList<ICliCommand> Commands => commands;

    /// <summary>The words that ask for help wherever they stand.</summary>
    public static bool IsHelp(string word) => word is "--help" or "-h";

    public async Task<int> RunAsync(string[] argv, CliContext context)
    {
        if (argv.Length == 0 || IsHelp(argv[0]))
        {
            context.Out.Write(Overview());
            return argv.Length == 0 ? 2 : 0;
        }
        if (argv[0] == "help") return HelpFor(argv[1..], context);
        if (argv[0] == "--version")
        {
            context.Out.WriteLine("entente " + (typeof(CommandRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev"));
            return 0;
        }
        var command = Find(argv);
        if (command is null)
        {
            var group = Group(argv[0]);
            // "entente kb --help" asks about the group: answer it, as "entente --help" answers about them all.
            if (group.Count > 0 && argv.Length > 1 && IsHelp(argv[1]))
            {
                context.Out.Write(GroupHelp(argv[0], group));
                return 0;
            }
            context.Err.WriteLine(group.Count > 0
                ? $"entente {argv[0]}: say which: {string.Join(", ", group.Select(g => g.Name))}"
                : $"entente: unknown command '{argv[0]}'. Run 'entente --help' for the list.");
            return 2;
        }
        var rest = argv.Skip(command.Name.Split(' ').Length).ToList();
        var specs = Specs(command);
        ParsedArgs? args = null;
        try
        {
            args = ArgParser.Parse(rest, specs);
            if (args.Has("help"))
            {
                context.Out.Write(Help(command, specs));
                return 0;
            }
            // Extra words were silently ignored before; a typo in a quoted name must not answer a different question.
            if (args.Positional.Count > command.MaxArguments)
                throw new UsageException($"unexpected argument '{args.Positional[command.MaxArguments]}'"
                    + (command.MaxArguments == 0 ? $"; {command.Name} takes none" : $"; {command.Name} takes {command.Arguments}"));
            return await command.RunAsync(args, context);
        }
        catch (UsageException e)
        {
            context.Err.WriteLine($"entente {command.Name}: {e.Message}");
            context.Err.WriteLine($"usage: entente {command.Name} {command.Arguments} [options]   (see --help)".Replace("  [", " ["));
            return 2;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ErrorPolicy.Report(command.Name, e, verbose: args?.Has("verbose") == true, context.Err);
        }
    }

    /// <summary>`entente help [COMMAND...]`: the same text as --help, exit 0; a name that is no command is a usage error.</summary>
    private int HelpFor(string[] words, CliContext context)
    {
        if (words.Length == 0)
        {
            context.Out.Write(Overview());
            return 0;
        }
        var command = Find(words);
        if (command is not null && command.Name.Split(' ').Length == words.Length)
        {
            context.Out.Write(Help(command, Specs(command)));
            return 0;
        }
        var group = words.Length == 1 ? Group(words[0]) : [];
        if (group.Count > 0)
        {
            context.Out.Write(GroupHelp(words[0], group));
            return 0;
        }
        context.Err.WriteLine($"entente help: no command '{string.Join(' ', words)}'. Run 'entente --help' for the list.");
        return 2;
    }

    private ICliCommand? Find(string[] argv) => commands
        .Where(c => Matches(c.Name, argv))
        .OrderByDescending(c => c.Name.Split(' ').Length)
        .FirstOrDefault();

    private List<ICliCommand> Group(string word) => commands.Where(c => c.Name.StartsWith(word + " ", StringComparison.Ordinal)).ToList();

    private static List<OptionSpec> Specs(ICliCommand command) =>
        command.Options.Concat(Common.Where(c => command.Options.All(o => o.Name != c.Name))).ToList();

    private static string GroupHelp(string group, IReadOnlyList<ICliCommand> members)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"usage: entente {group} COMMAND [arguments] [options]");
        sb.AppendLine();
        sb.AppendLine("commands:");
        var width = members.Max(c => c.Name.Length);
        foreach (var c in members) sb.AppendLine($"  {c.Name.PadRight(width)}  {c.Summary}");
        sb.AppendLine();
        sb.AppendLine($"See 'entente {group} COMMAND --help' for one of them.");
        return sb.ToString();
    }

    private static bool Matches(string name, string[] argv)
    {
        var words = name.Split(' ');
        return words.Length <= argv.Length && words.Select((w, i) => argv[i] == w).All(x => x);
    }

    public static string Help(ICliCommand c, IReadOnlyList<OptionSpec> specs)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"entente {c.Name}: {c.Summary}");
        sb.AppendLine();
        sb.AppendLine($"usage: entente {c.Name}{(c.Arguments.Length > 0 ? " " + c.Arguments : "")} [options]");
        sb.AppendLine();
        sb.AppendLine("options:");
        foreach (var o in specs)
            sb.AppendLine($"  --{o.Name}{(o.TakesValue ? " VALUE" : ""),-8}  {o.Help}".Replace("VALUE     ", "VALUE"));
        return sb.ToString();
    }

    public string Overview()
    {
        var sb = new StringBuilder();
        sb.AppendLine("entente: a sourced knowledge graph of state and proxy alliances, built from reporting.");
        sb.AppendLine();
        sb.AppendLine("usage: entente COMMAND [arguments] [options]");
        sb.AppendLine();
        sb.AppendLine("commands:");
        var width = commands.Count == 0 ? 0 : commands.Max(c => c.Name.Length);
        foreach (var c in commands) sb.AppendLine($"  {c.Name.PadRight(width)}  {c.Summary}");
        sb.AppendLine();
        sb.AppendLine("Every command takes --help. Exit codes: 0 ok, 1 error, 2 usage.");
        return sb.ToString();
    }
}
