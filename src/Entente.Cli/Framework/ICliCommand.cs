namespace Entente.Cli.Framework;

/// <summary>
/// One CLI command. Commands are found by reflection, so adding a command is adding one class.
/// Return 0 for success, 1 for an error; usage errors are raised as <see cref="UsageException"/> (exit 2).
/// </summary>
public interface ICliCommand
{
    /// <summary>The words that name it: "init", "kb search".</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>Positional arguments as shown in help: "QUERY", "FILE...".</summary>
    string Arguments => "";

    /// <summary>How many positional words it takes; more is a usage error. Read from <see cref="Arguments"/> unless a command joins words itself.</summary>
    int MaxArguments => ArgumentArity.Max(Arguments);

    IReadOnlyList<OptionSpec> Options { get; }

    Task<int> RunAsync(ParsedArgs args, CliContext context);
}

/// <summary>A command-line option: its name without dashes, whether it takes a value, and its help.</summary>
public sealed record OptionSpec(string Name, string Help, bool TakesValue = true, bool Repeatable = false)
{
    public static OptionSpec Flag(string name, string help) => new(name, help, TakesValue: false);
}

/// <summary>Wrong words on the command line: the message says what to type instead. Exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>A failure the user can act on (bad file, unreachable database). Exit code 1, message only.</summary>
public sealed class CliException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Reads the most positional words an argument synopsis allows: one per word, unbounded after "...".</summary>
public static class ArgumentArity
{
    public static int Max(string synopsis)
    {
        var words = synopsis.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w.EndsWith("...", StringComparison.Ordinal) || w.EndsWith("...]", StringComparison.Ordinal)) ? int.MaxValue : words.Length;
    }
}
