using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>`lexicon build`: its exit codes and the file named when WordNet input is missing or malformed.</summary>
public sealed class LexiconCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Without_wordnet_it_is_a_usage_error()
    {
        var run = await CliHarness.RunAsync("lexicon", "build");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--wordnet DIR is required", run.Err);
    }

    [Fact]
    public async Task A_missing_directory_is_an_error_naming_it()
    {
        var missing = _dir.File("no-wordnet");
        var run = await CliHarness.RunAsync("lexicon", "build", "--wordnet", missing, "--out", _dir.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"WordNet directory '{missing}' does not exist", run.Err);
    }

    [Fact]
    public async Task A_cut_short_data_line_is_an_error_at_its_file_and_line()
    {
        File.WriteAllText(_dir.File("data.verb"), "  1 header  \n00000100 33 v 01 attack 0 001 ~ 00000200\n");
        foreach (var name in new[] { "index.verb", "verb.exc", "data.noun", "index.noun", "noun.exc" }) File.WriteAllText(_dir.File(name), "");
        var run = await CliHarness.RunAsync("lexicon", "build", "--wordnet", _dir.Path, "--out", _dir.File("out"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{_dir.File("data.verb")}:2: no ' | ' before a gloss", run.Err);
        Assert.False(Directory.Exists(_dir.File("out")));
    }
}
