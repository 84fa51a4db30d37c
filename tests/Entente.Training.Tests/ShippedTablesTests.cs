using Entente.TestSupport;
using Entente.Training.Lexical;

namespace Entente.Training.Tests;

/// <summary>The committed tables are what the builder makes from the installed WordNet and the shipped seeds.</summary>
public sealed class ShippedTablesTests
{
    private static string Committed(string file) => Path.Combine(SharedData.RepoRoot, "src", "Entente.Extraction", "Lexicons", file);

    [Fact]
    public void Rebuilding_from_WordNet_gives_the_committed_tables_byte_for_byte()
    {
        var wordNet = InstalledWordNet.Require();
        var (name, text) = LexicalSeeds.Shipped();
        var build = LexiconBuilder.Build(wordNet, text, name);
        using var dir = new TempDir();
        var (classes, lemmas) = LexiconBuilder.Write(build, dir.Path);
        Assert.Equal(File.ReadAllBytes(Committed("lexical-classes.tsv")), File.ReadAllBytes(classes));
        Assert.Equal(File.ReadAllBytes(Committed("lemmas.tsv")), File.ReadAllBytes(lemmas));
    }

    [Fact]
    public void The_tables_carry_the_WordNet_licence_and_stay_small()
    {
        foreach (var file in new[] { "lexical-classes.tsv", "lemmas.tsv" })
        {
            var path = Committed(file);
            Assert.True(new FileInfo(path).Length < 1_000_000, $"{file} should stay under 1 MB");
            var text = File.ReadAllText(path);
            Assert.Contains("# WordNet 3.0 Copyright 2006 by Princeton University.", text, StringComparison.Ordinal);
            Assert.Contains(LexiconBuilder.Command, text, StringComparison.Ordinal);
        }
    }
}
