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

    public static CommandRunner Discover() => new(typeof(CommandRunner).Assembly.GetTypes()
        .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList());

    public IReadOnlyList<ICliCommand> Commands => commands;

    public async Task<int> RunAsync(string[] argv, CliContext context)
    {
        if (argv.Length == 0 || argv[0] is "--help" or "-h" or "help")
        {
            context.Out.Write(Overview());
            return argv.Length == 0 ? 2 : 0;
        }
        if (argv[0] == "--version")
        {
            context.Out.WriteLine("entente " + (typeof(CommandRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev"));
            return 0;
        }
        var command = commands
            .Where(c => Matches(c.Name, argv))
            .OrderByDescending(c => c.Name.Split(' ').Length)
            .FirstOrDefault();
        if (command is null)
        {
            var group = commands.Where(c => c.Name.StartsWith(argv[0] + " ", StringComparison.Ordinal)).ToList();
            context.Err.WriteLine(group.Count > 0
                ? $"entente {argv[0]}: say which: {string.Join(", ", group.Select(g => g.Name))}"
                : $"entente: unknown command '{argv[0]}'. Run 'entente --help' for the list.");
            return 2;
        }
        var rest = argv.Skip(command.Name.Split(' ').Length).ToList();
        var specs = command.Options.Concat(Common.Where(c => command.Options.All(o => o.Name != c.Name))).ToList();
        ParsedArgs? args = null;
        try
        {
            args = ArgParser.Parse(rest, specs);
            if (args.Has("help"))
            {
                context.Out.Write(Help(command, specs));
                return 0;
            }
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
