using Entente.Cli.Framework;

namespace Entente.Cli.Tests;

/// <summary>Runs the real command set in-process and captures what it prints.</summary>
public static class CliHarness
{
    public sealed record Run(int ExitCode, string Out, string Err);

    public static async Task<Run> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandRunner.Discover().RunAsync(args, new CliContext(output, error, TimeProvider.System, _ => null));
        return new Run(code, output.ToString(), error.ToString());
    }
}
