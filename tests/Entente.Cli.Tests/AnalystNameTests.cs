using Entente.Cli.Commands;
using Entente.Cli.Framework;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>Who an analyst is: --as, then $ENTENTE_ANALYST, then the config file, then the OS user.</summary>
public sealed class AnalystNameTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CliContext Context(Dictionary<string, string> env) => new(TextWriter.Null, TextWriter.Null, TimeProvider.System, n => env.GetValueOrDefault(n));

    private static ParsedArgs Args(params string[] argv) => ArgParser.Parse(argv, [AnalystName.Option]);

    [Fact]
    public void The_config_file_names_the_analyst_when_neither_the_option_nor_the_environment_does()
    {
        Directory.CreateDirectory(_dir.File("entente"));
        File.WriteAllText(_dir.File("entente/config"), "# my settings\ndb = other.db\nanalyst: Dana Reyes\n");
        var env = new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = _dir.Path, ["USER"] = "osuser" };

        Assert.Equal("Dana Reyes", AnalystName.Of(Args(), Context(env)));
        Assert.Equal("bo", AnalystName.Of(Args("--as", "bo"), Context(env)));
        env["ENTENTE_ANALYST"] = "eve";
        Assert.Equal("eve", AnalystName.Of(Args(), Context(env)));
        Assert.Equal("osuser", AnalystName.Of(Args(), Context(new() { ["HOME"] = _dir.File("nowhere"), ["USER"] = "osuser" })));
    }
}
