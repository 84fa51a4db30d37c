namespace Entente.Evaluation.Tests;

public sealed class SharedWordRunsTests
{
    private const string HeldOut = "The envoy of Ruritania said on Monday that the two navies would patrol the northern strait together until the spring thaw.";

    [Fact]
    public void A_run_of_twelve_words_is_found_whatever_the_case_and_punctuation()
    {
        var runs = new SharedWordRuns([("dev-1.txt", HeldOut)]);
        var found = Assert.Single(runs.In("train-1.txt", "Reports: \"THE TWO NAVIES would patrol -- the northern strait, together until the spring thaw\" (sic)."));
        Assert.Equal(("dev-1.txt", "train-1.txt", 13), (found.HeldOutFile, found.TrainingFile, found.Words));
        Assert.Equal("the two navies would patrol the northern strait together until the spring thaw", found.Text);
        Assert.Equal(16, found.Hash.Length);
    }

    [Fact]
    public void Eleven_shared_words_are_not_a_run()
    {
        var runs = new SharedWordRuns([("dev-1.txt", HeldOut)]);
        Assert.Empty(runs.In("train-1.txt", "Both said the two navies would patrol the northern strait together until autumn."));
    }

    [Fact]
    public void Two_separate_runs_are_two_and_a_long_run_is_one()
    {
        var runs = new SharedWordRuns([("dev-1.txt", HeldOut)], runLength: 4);
        var found = runs.In("train-1.txt", "the envoy of Ruritania said little; later the northern strait together until the spring thaw");
        Assert.Equal(["the envoy of ruritania said", "the northern strait together until the spring thaw"], found.Select(r => r.Text));
    }
}
