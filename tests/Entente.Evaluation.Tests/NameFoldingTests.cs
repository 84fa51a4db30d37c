using Entente.TestSupport;

namespace Entente.Evaluation.Tests;

public sealed class NameFoldingTests
{
    private static string Aliases(string file) => Path.Combine(SharedData.RepoRoot, "src", "Entente.Evaluation", "Aliases", file);

    [Fact]
    public void The_embedded_folding_table_is_what_the_generator_makes_from_pythons_unicodedata()
    {
        var generated = Python.Run(Aliases("make-name-folding.py"));
        Assert.True(generated == File.ReadAllText(Aliases("name-folding.tsv")),
            "name-folding.tsv is stale for this Python's Unicode version: run python3 make-name-folding.py > name-folding.tsv");
    }
}
