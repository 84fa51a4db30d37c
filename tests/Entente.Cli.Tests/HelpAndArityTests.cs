using Entente.Cli.Framework;

namespace Entente.Cli.Tests;

/// <summary>Help answers with exit 0 at every level, and words a command does not take are usage errors that name them.</summary>
public sealed class HelpAndArityTests
{
    /// <summary>First words shared by several commands that are no command themselves ("ach" is one and answers with its own help).</summary>
    private static IEnumerable<string> Groups()
    {
        var names = CommandRunner.Default().Commands.Select(c => c.Name).ToHashSet();
        return names.Select(n => n.Split(' ')).Where(w => w.Length > 1).Select(w => w[0]).Distinct().Where(g => !names.Contains(g));
    }

    [Fact]
    public async Task Every_command_answers_dash_h_and_help_NAME_with_exit_0_and_its_usage()
    {
        foreach (var command in CommandRunner.Default().Commands)
        {
            foreach (var argv in new string[][] { [.. command.Name.Split(' '), "-h"], ["help", .. command.Name.Split(' ')] })
            {
                var run = await CliHarness.RunAsync(argv);
                Assert.True(run.ExitCode == 0, $"{string.Join(' ', argv)} exited {run.ExitCode}: {run.Err}");
                Assert.Contains("usage: entente " + command.Name, run.Out);
            }
        }
    }

    [Fact]
    public async Task Every_group_answers_help_with_exit_0_and_lists_its_commands()
    {
        Assert.Contains("kb", Groups());
        foreach (var group in Groups())
        {
            foreach (var argv in new[] { new[] { group, "--help" }, [group, "-h"], ["help", group] })
            {
                var run = await CliHarness.RunAsync(argv);
                Assert.True(run.ExitCode == 0, $"{string.Join(' ', argv)} exited {run.ExitCode}: {run.Err}");
                foreach (var member in CommandRunner.Default().Commands.Where(c => c.Name.StartsWith(group + " ", StringComparison.Ordinal)))
                    Assert.Contains(member.Name, run.Out);
            }
        }
    }

    [Fact]
    public async Task Help_alone_is_the_overview_and_help_for_no_command_is_a_usage_error()
    {
        var overview = await CliHarness.RunAsync("help");
        Assert.Equal(0, overview.ExitCode);
        Assert.Contains("commands:", overview.Out);
        var missing = await CliHarness.RunAsync("help", "frobnicate");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("frobnicate", missing.Err);
    }

    [Theory]
    [InlineData("extra", "kb", "list", "extra")]
    [InlineData("Iran", "ego", "Russia", "Iran")]
    [InlineData("third", "profile", "Russia", "Iran", "third")]
    [InlineData("x", "claims", "history", "c1", "x")]
    public async Task An_extra_positional_argument_is_a_usage_error_naming_it(string named, params string[] argv)
    {
        var run = await CliHarness.RunAsync([.. argv, "--db", "/nonexistent/never.db"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"unexpected argument '{named}'", run.Err);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error_naming_it()
    {
        var run = await CliHarness.RunAsync("relations", "--colour", "red", "--db", "/nonexistent/never.db");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--colour", run.Err);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("ACTOR ACTOR", 2)]
    [InlineData("ACTOR [ACTOR]", 2)]
    [InlineData("FORMAT FILE...", int.MaxValue)]
    [InlineData("accept|reject|correct CLAIM_ID", 2)]
    public void The_synopsis_gives_how_many_words_a_command_takes(string synopsis, int max) =>
        Assert.Equal(max, ArgumentArity.Max(synopsis));
}
