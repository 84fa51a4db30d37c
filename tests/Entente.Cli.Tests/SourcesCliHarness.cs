using Entente.Cli.Framework;

namespace Entente.Cli.Tests;

/// <summary>Runs the real CLI (every discovered command) against a database path, capturing output and exit code.</summary>
internal static class SourcesCliHarness
{
    public static readonly DateTimeOffset Now = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] argv)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = await CommandRunner.Default().RunAsync(argv, new CliContext(o, e, new FixedClock(Now), _ => null));
        return (code, o.ToString().ReplaceLineEndings("\n"), e.ToString().ReplaceLineEndings("\n"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
