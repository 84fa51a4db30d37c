using Entente.Core.Ontology;

namespace Entente.Evaluation.Tests;

public sealed class GoldCorpusTests
{
    private const string Text = "Ruritania sold twelve patrol boats to Freedonia in 2019. Officials in Osterlich denied any role.";

    [Fact]
    public void Every_field_of_a_gold_claim_is_read()
    {
        using var folder = new GoldFolder();
        folder.Document("doc-b", Text, """
            [
              {"s": "ruritania", "r": "arms-transfer", "o": "freedonia", "cert": "reported", "alt_cert": ["asserted"],
               "alt": [["ruritania", "economic-cooperation", "freedonia"]], "years": [2019, 2019], "phase": "ongoing",
               "materiel": "patrol boats", "place": "freedonia", "same_triple_ok": true,
               "evidence": "sold twelve patrol boats to Freedonia"},
              {"s": "osterlich", "r": "support", "o": "freedonia", "cert": "denied", "optional": true, "evidence": "denied any role"}
            ]
            """);
        folder.Document("doc-a", "Nothing happened here.", "[]", published: "null");

        var corpus = GoldCorpus.Load(folder.Path);

        Assert.Equal(["doc-a", "doc-b"], corpus.Documents.Select(d => d.Name));
        var doc = corpus.Documents[1];
        Assert.Equal(new DateOnly(2024, 3, 1), doc.Published);
        Assert.Null(corpus.Documents[0].Published);
        Assert.Equal(Text, doc.Text);
        Assert.EndsWith("doc-b.txt", doc.TextPath);
        var sold = doc.Claims[0];
        Assert.Equal(new GoldTriple("ruritania", "arms-transfer", "freedonia"), sold.Triple);
        Assert.Equal(Certainty.Reported, sold.Certainty);
        Assert.Equal([Certainty.Asserted], sold.AltCertainty);
        Assert.Equal([new GoldTriple("ruritania", "economic-cooperation", "freedonia")], sold.Alternatives);
        Assert.Equal((2019, 2019), sold.Years);
        Assert.Equal(Phase.Ongoing, sold.Phase);
        Assert.Equal("patrol boats", sold.Materiel);
        Assert.Equal("freedonia", sold.Place);
        Assert.True(sold.SameTripleOk);
        Assert.False(sold.Optional);
        Assert.Equal(Text.IndexOf("sold", StringComparison.Ordinal), sold.EvidenceStart);
        var denied = doc.Claims[1];
        Assert.True(denied.Optional);
        Assert.Null(denied.Years);
        Assert.Equal(Phase.Occurred, denied.Phase);
        Assert.Empty(denied.AltCertainty);
    }

    [Fact]
    public void Certainty_defaults_to_asserted_and_evidence_start_is_the_first_occurrence()
    {
        using var folder = new GoldFolder();
        folder.Document("d", "Ruritania armed Freedonia. Ruritania armed Freedonia.", """[{"s": "ruritania", "r": "arms-transfer", "o": "freedonia", "evidence": "armed Freedonia"}]""");
        var claim = GoldCorpus.Load(folder.Path).Documents.Single().Claims.Single();
        Assert.Equal(Certainty.Asserted, claim.Certainty);
        Assert.Equal(10, claim.EvidenceStart);
    }

    [Fact]
    public void Alias_files_come_from_the_parent_the_gold_siblings_and_the_folder_then_the_extra_files()
    {
        using var folder = new GoldFolder("dev");
        folder.Document("d", Text, "[]");
        folder.Write("aliases.json", """{"freedonia": ["Republic of Freedonia"]}""");
        File.WriteAllText(Path.Combine(folder.Parent, "aliases.json"), """{"ruritania": ["Kingdom of Ruritania"]}""");
        var train = Directory.CreateDirectory(Path.Combine(folder.Parent, "train")).FullName;
        File.WriteAllText(Path.Combine(train, "t.gold.json"), """{"claims": []}""");
        File.WriteAllText(Path.Combine(train, "aliases.json"), """{"osterlich": ["Osterlich"]}""");
        var notes = Directory.CreateDirectory(Path.Combine(folder.Parent, "notes")).FullName;
        File.WriteAllText(Path.Combine(notes, "aliases.json"), """{"ignored": ["Osterlich"]}""");
        var extra = Path.Combine(folder.Parent, "extra.json");
        File.WriteAllText(extra, """{"freedonia-navy": ["Freedonian Navy"]}""");

        var corpus = GoldCorpus.Load(folder.Path, [extra]);

        Assert.Equal(
            [Path.Combine(folder.Parent, "aliases.json"), Path.Combine(folder.Path, "aliases.json"), Path.Combine(train, "aliases.json"), extra],
            corpus.Aliases.Files);
        Assert.Equal("osterlich", corpus.Aliases.Resolve("Osterlich"));
        Assert.Equal("ruritania", corpus.Aliases.Resolve("the Kingdom of Ruritania"));
        Assert.Equal("freedonia-navy", corpus.Aliases.Resolve("Freedonian Navy"));
    }
}
