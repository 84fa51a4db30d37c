using Entente.Cli.Framework;

namespace Entente.Cli.Tests;

/// <summary>Runs the real command set in-process and captures what it prints.</summary>
public static class CliHarness
{
    public sealed record Run(int ExitCode, string Out, string Err);

    public static Task<Run> RunAsync(params string[] args) => RunWithAsync(TimeProvider.System, errorIsTerminal: false, args);

    /// <summary>Runs with the given clock, and stderr taken for a terminal or for a pipe, as progress tests need.</summary>
    public static async Task<Run> RunWithAsync(TimeProvider clock, bool errorIsTerminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, clock, _ => null) { ErrorIsTerminal = errorIsTerminal };
        var code = await CommandRunner.Default().RunAsync(args, context);
        return new Run(code, output.ToString(), error.ToString());
    }
}
