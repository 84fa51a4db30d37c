using Entente.Cli.Framework;

namespace Entente.Cli.Tests;

public class CommandRunnerTests
{
    private sealed class EchoCommand : ICliCommand
    {
        public string Name => "echo words";
        public string Summary => "prints its arguments";
        public string Arguments => "WORD...";
        public IReadOnlyList<OptionSpec> Options => [new("times", "how many times"), OptionSpec.Flag("loud", "upper case"), Output.FormatOption];

        public Task<int> RunAsync(ParsedArgs args, CliContext context)
        {
            if (args.Positional.Count == 0) throw new UsageException("missing WORD");
            if (args.Positional[0] == "fail") throw new CliException("it failed; try again");
            if (args.Positional[0] == "crash") throw new InvalidOperationException("a bug\nover two lines");
            var text = string.Join(" ", args.Positional);
            for (var i = 0; i < args.GetInt("times", 1); i++) context.Out.WriteLine(args.Has("loud") ? text.ToUpperInvariant() : text);
            return Task.FromResult(0);
        }
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] argv)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = await new CommandRunner([new EchoCommand()]).RunAsync(argv, new CliContext(o, e, TimeProvider.System, _ => null));
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public async Task A_command_is_found_by_its_words_and_gets_its_options()
    {
        var (code, output, _) = await Run("echo", "words", "hi", "there", "--times", "2", "--loud");
        Assert.Equal(0, code);
        Assert.Equal("HI THERE\nHI THERE\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task An_option_value_may_follow_an_equals_sign()
    {
        var (_, output, _) = await Run("echo", "words", "x", "--times=3");
        Assert.Equal(3, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("echo", "words", "x", "--colour", "red")]
    [InlineData("echo", "words", "x", "--times")]
    [InlineData("echo", "words", "x", "--times", "many")]
    [InlineData("echo", "words")]
    [InlineData("frobnicate")]
    public async Task Wrong_words_exit_with_2_and_say_what_is_wrong(params string[] argv)
    {
        var (code, _, err) = await Run(argv);
        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(err));
    }

    [Fact]
    public async Task A_failure_the_user_can_act_on_exits_with_1_and_its_message()
    {
        var (code, _, err) = await Run("echo", "words", "fail");
        Assert.Equal(1, code);
        Assert.Contains("it failed; try again", err);
    }

    [Fact]
    public async Task An_unexpected_exception_is_one_line_and_exit_1_without_a_stack_trace()
    {
        var (code, _, err) = await Run("echo", "words", "crash");
        Assert.Equal(1, code);
        Assert.Equal("entente echo words: unexpected error (InvalidOperationException): a bug over two lines (run again with --verbose for the stack trace)",
            Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('\r'));
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace()
    {
        var (code, _, err) = await Run("echo", "words", "crash", "--verbose");
        Assert.Equal(1, code);
        Assert.StartsWith("entente echo words: unexpected error (InvalidOperationException): a bug over two lines", err);
        Assert.Contains("   at ", err);
        Assert.Contains(nameof(EchoCommand), err);
    }

    [Fact]
    public async Task Every_command_has_help_listing_its_options_and_the_database_option()
    {
        var (code, output, _) = await Run("echo", "words", "--help");
        Assert.Equal(0, code);
        Assert.Contains("usage: entente echo words WORD...", output);
        Assert.Contains("--times", output);
        Assert.Contains("--db", output);
    }

    [Fact]
    public async Task A_group_name_alone_lists_its_commands()
    {
        var (code, _, err) = await Run("echo");
        Assert.Equal(2, code);
        Assert.Contains("echo words", err);
    }

    [Fact]
    public async Task Every_discovered_command_answers_help_with_exit_0()
    {
        foreach (var command in CommandRunner.Default().Commands)
        {
            var run = await CliHarness.RunAsync([.. command.Name.Split(' '), "--help"]);
            Assert.True(run.ExitCode == 0, $"{command.Name} --help exited {run.ExitCode}: {run.Err}");
            Assert.Contains("usage: entente " + command.Name, run.Out);
        }
    }
}
