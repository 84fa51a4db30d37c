namespace Entente.Cli.Framework;

/// <summary>
/// The CLI's one answer to a failed command: a single line on stderr and exit code 1. A <see cref="CliException"/>
/// already says what went wrong and where; anything else is a bug or an unforeseen input, named by its type and
/// message. Stack traces are for whoever asks with --verbose, never for the user who mistyped a file.
/// </summary>
public static class ErrorPolicy
{
    public const int ExitCode = 1;

    public static int Report(string commandName, Exception e, bool verbose, TextWriter err)
    {
        var message = e is CliException ? e.Message : $"unexpected error ({e.GetType().Name}): {e.Message}";
        var hint = e is CliException || verbose ? "" : " (run again with --verbose for the stack trace)";
        err.WriteLine($"entente {commandName}: {OneLine(message)}{hint}");
        if (verbose) err.WriteLine(e.ToString());
        return ExitCode;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
