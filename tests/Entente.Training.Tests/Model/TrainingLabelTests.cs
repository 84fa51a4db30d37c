using Entente.Evaluation;
using Entente.Knowledge;
using Entente.TestSupport;
using Entente.Training.Model;

namespace Entente.Training.Tests.Model;

/// <summary>What a training document says about a candidate's triple: said here, named elsewhere, or perhaps named under another key.</summary>
public sealed class TrainingLabelTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Load();

    /// <summary>
    /// One document whose gold names the attackers under a key of its own ("iraqi-militias", written "Iraqi militias"),
    /// which the alias table does not link to what extraction finds there ("Iran-backed militias").
    /// </summary>
    private static TrainingDocument Read(TempDir dir)
    {
        File.WriteAllText(dir.File("doc-1.txt"), "Iran-backed militias fired rockets at US troops in Syria on Monday.\n\nIran condemned the United States.\n");
        File.WriteAllText(dir.File("doc-1.gold.json"), """
            {"document": "doc-1.txt", "url": null, "published": "2024-03-04", "claims": [
              {"s": "iraqi-militias", "r": "attack", "o": "usa", "cert": "asserted",
               "evidence": "Iran-backed militias fired rockets at US troops in Syria"},
              {"s": "iran", "r": "support", "o": "iraqi-militias", "cert": "asserted", "evidence": "Iran-backed militias"},
              {"s": "iran", "r": "pressure", "o": "usa", "cert": "asserted", "evidence": "Iran condemned the United States"}
            ]}
            """);
        File.WriteAllText(dir.File(AliasFiles.FileName), """{"iraqi-militias": ["Iraqi militias"], "iran": ["Iran"], "usa": ["United States", "US"]}""");
        var corpus = TrainingCorpus.Read([(GoldCorpus.Load(dir.Path), AliasTable.Load([dir.File(AliasFiles.FileName)]))], Kb);
        return Assert.Single(corpus.Documents);
    }

    [Fact]
    public void A_party_the_gold_never_names_beside_a_required_claim_of_the_same_relation_is_no_clear_negative()
    {
        using var dir = new TempDir();
        var doc = Read(dir);
        var unresolved = new GoldTriple("iran-backed-militias", "attack", "usa");
        Assert.False(doc.Names(unresolved));
        Assert.True(doc.MayBeUnresolved(0, unresolved));
        // Another relation, another sentence, or two parties the gold names: a clear negative.
        Assert.False(doc.MayBeUnresolved(0, new GoldTriple("iran-backed-militias", "presence", "usa")));
        Assert.False(doc.MayBeUnresolved(1, unresolved));
        Assert.False(doc.MayBeUnresolved(0, new GoldTriple("iran", "attack", "usa")));
        // Both parties unknown to the gold: nothing links the candidate to a claim it could be.
        Assert.False(doc.MayBeUnresolved(0, new GoldTriple("iran-backed-militias", "attack", "syria")));
    }
}
