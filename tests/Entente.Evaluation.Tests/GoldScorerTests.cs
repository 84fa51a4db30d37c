using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Extraction.Sentences;
using static Entente.Evaluation.Tests.Predictions;

namespace Entente.Evaluation.Tests;

/// <summary>The matching rules of score.py, case by case: each case gives gold claims, predictions and the counts expected.</summary>
public sealed class GoldScorerTests
{
    /// <summary>tp, fp, fn, then certainty scored and correct, then time scored and correct.</summary>
    public sealed record Expected(int Tp, int Fp, int Fn, int CertaintyScored = 0, int CertaintyCorrect = 0, int TimeScored = 0, int TimeCorrect = 0);

    private readonly SentenceSplitter _sentences = new(new Abbreviations());

    private static readonly Dictionary<string, (GoldClaim[] Gold, Claim[] Predicted, Expected Expected)> Cases = new()
    {
        ["the same triple is a hit"] = (
            [Gold("ruritania", "arms-transfer", "freedonia")],
            [Claim("Ruritania", "arms-transfer", "Freedonia")],
            new(1, 0, 0, 1, 1)),
        ["a directed relation in the other direction is a false positive and a miss"] = (
            [Gold("ruritania", "arms-transfer", "freedonia")],
            [Claim("Freedonia", "arms-transfer", "Ruritania")],
            new(0, 1, 1)),
        ["a symmetric relation matches in either order"] = (
            [Gold("osterlich", "agreement", "freedonia")],
            [Claim("Freedonia", "agreement", "Osterlich")],
            new(1, 0, 0, 1, 1)),
        ["economic cooperation matches in either order"] = (
            [Gold("ruritania", "economic-cooperation", "freedonia")],
            [Claim("Freedonia", "economic-cooperation", "Ruritania")],
            new(1, 0, 0, 1, 1)),
        ["another relation type is no match"] = (
            [Gold("ruritania", "arms-transfer", "freedonia")],
            [Claim("Ruritania", "support", "Freedonia")],
            new(0, 1, 1)),
        ["an alt triple is a hit"] = (
            [Gold("ruritania", "support", "freedonia", alt: [new("freedonia", "proxy-of", "ruritania")])],
            [Claim("Freedonia", "proxy-of", "Ruritania")],
            new(1, 0, 0, 1, 1)),
        ["an alt with a symmetric relation matches in either order"] = (
            [Gold("ruritania", "support", "freedonia", alt: [new("freedonia", "coordination", "ruritania")])],
            [Claim("Ruritania", "coordination", "Freedonia")],
            new(1, 0, 0, 1, 1)),
        ["the main triple and an alt both predicted are one hit"] = (
            [Gold("ruritania", "support", "freedonia", alt: [new("freedonia", "proxy-of", "ruritania")])],
            [Claim("Ruritania", "support", "Freedonia"), Claim("Freedonia", "proxy-of", "Ruritania")],
            new(1, 0, 0, 1, 1)),
        ["an optional claim absent is no miss"] = (
            [Gold("ruritania", "pressure", "freedonia", optional: true)],
            [],
            new(0, 0, 0)),
        ["an optional claim found is neither hit nor false"] = (
            [Gold("ruritania", "pressure", "freedonia", optional: true)],
            [Claim("Ruritania", "pressure", "Freedonia")],
            new(0, 0, 0)),
        ["an optional claim's alt found is not false"] = (
            [Gold("ruritania", "pressure", "freedonia", optional: true, alt: [new("ruritania", "sanction", "freedonia")])],
            [Claim("Ruritania", "sanction", "Freedonia")],
            new(0, 0, 0)),
        ["the required claim of a triple also marked optional elsewhere is still required"] = (
            [Gold("ruritania", "pressure", "freedonia", optional: true), Gold("ruritania", "pressure", "freedonia")],
            [],
            new(0, 0, 1)),
        ["certainty defaults to asserted"] = (
            [Gold("ruritania", "arms-transfer", "freedonia")],
            [Claim("Ruritania", "arms-transfer", "Freedonia", Certainty.Reported)],
            new(1, 0, 0, 1, 0)),
        ["alt_cert also counts as right"] = (
            [Gold("ruritania", "arms-transfer", "freedonia", Certainty.Reported, altCert: [Certainty.Asserted])],
            [Claim("Ruritania", "arms-transfer", "Freedonia")],
            new(1, 0, 0, 1, 1)),
        ["a certainty outside cert and alt_cert is wrong"] = (
            [Gold("ruritania", "arms-transfer", "freedonia", Certainty.Reported, altCert: [Certainty.Asserted])],
            [Claim("Ruritania", "arms-transfer", "Freedonia", Certainty.Alleged)],
            new(1, 0, 0, 1, 0)),
        ["one of several matching predictions with the right certainty is enough"] = (
            [Gold("ruritania", "arms-transfer", "freedonia", Certainty.Denied)],
            [Claim("Ruritania", "arms-transfer", "Freedonia"), Claim("Ruritania", "arms-transfer", "Freedonia", Certainty.Denied)],
            new(1, 0, 0, 1, 1)),
        ["the certainty of a prediction through an alt counts"] = (
            [Gold("ruritania", "support", "freedonia", Certainty.Likely, alt: [new("freedonia", "proxy-of", "ruritania")])],
            [Claim("Ruritania", "support", "Freedonia"), Claim("Freedonia", "proxy-of", "Ruritania", Certainty.Likely)],
            new(1, 0, 0, 1, 1)),
        ["a missed claim's certainty is not scored"] = (
            [Gold("ruritania", "arms-transfer", "freedonia", Certainty.Denied, years: (2019, 2019))],
            [],
            new(0, 0, 1)),
        ["years overlapping the prediction's time are right"] = (
            [Gold("ruritania", "arms-transfer", "freedonia", years: (2018, 2019))],
            [Claim("Ruritania", "arms-transfer", "Freedonia", years: (2019, 2021))],
            new(1, 0, 0, 1, 1, 1, 1)),
        ["years the prediction's time misses are wrong"] = (
            [Gold("ruritania", "arms-transfer", "freedonia", years: (2018, 2019))],
            [Claim("Ruritania", "arms-transfer", "Freedonia", years: (2020, 2020))],
            new(1, 0, 0, 1, 1, 1, 0)),
        ["years with a prediction without time are wrong"] = (
            [Gold("ruritania", "arms-transfer", "freedonia", years: (2019, 2019))],
            [Claim("Ruritania", "arms-transfer", "Freedonia")],
            new(1, 0, 0, 1, 1, 1, 0)),
        ["a claim without years is not time-scored"] = (
            [Gold("ruritania", "arms-transfer", "freedonia")],
            [Claim("Ruritania", "arms-transfer", "Freedonia", years: (2019, 2019))],
            new(1, 0, 0, 1, 1)),
        ["two gold claims of one triple are one hit, each scored for certainty and time"] = (
            [Gold("ruritania", "arms-transfer", "freedonia", years: (2019, 2019)), Gold("ruritania", "arms-transfer", "freedonia", Certainty.Reported, years: (2015, 2015))],
            [Claim("Ruritania", "arms-transfer", "Freedonia", years: (2019, 2019))],
            new(1, 0, 0, 2, 1, 2, 1)),
        ["two predictions of one triple are one false positive"] = (
            [],
            [Claim("Ruritania", "attack", "Freedonia"), Claim("Kingdom of Ruritania", "attack", "Republic of Freedonia")],
            new(0, 1, 0)),
        ["names resolve through the alias table, whatever their id"] = (
            [Gold("ruritania", "arms-transfer", "freedonia")],
            [Claim("the Kingdom of Ruritania", "arms-transfer", "Republic of Freedonia's")],
            new(1, 0, 0, 1, 1)),
        ["a name the aliases lack resolves to its slug"] = (
            [Gold("grand-fenwick", "support", "freedonia")],
            [Claim("The Grand Fenwick", "support", "Freedonia")],
            new(1, 0, 0, 1, 1)),
        ["a prediction whose subject and object resolve alike is dropped"] = (
            [],
            [Claim("Ruritania", "support", "Ruritanian government")],
            new(0, 0, 0)),
        ["a prediction with a place and no object is scored on the place"] = (
            [Gold("crown-navy", "presence", "freedonia")],
            [Claim("Crown Navy", "presence", null, place: "Freedonia")],
            new(1, 0, 0, 1, 1)),
        ["a prediction with neither object nor place is dropped"] = (
            [],
            [Claim("Crown Navy", "presence", null)],
            new(0, 0, 0)),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Scores_like_score_py(string name)
    {
        var (gold, predicted, expected) = Cases[name];
        var c = GoldScorer.Score(Document(gold), predicted, Aliases, _sentences).Counts;
        Assert.Equal(expected, new Expected(c.Tp, c.Fp, c.Fn, c.CertaintyScored, c.CertaintyCorrect, c.TimeScored, c.TimeCorrect));
    }

    [Fact]
    public void The_details_give_each_miss_false_positive_wrong_certainty_and_wrong_time_with_its_sentence()
    {
        var gold = Document(
            Gold("ruritania", "arms-transfer", "freedonia", Certainty.Reported, years: (2019, 2019)),
            Gold("osterlich", "agreement", "freedonia", years: (2020, 2020), evidence: "signed a pact"));
        Claim[] predicted =
        [
            Claim("Freedonia", "agreement", "Osterlich", Certainty.Alleged, years: (2021, 2021)),
            Claim("Osterlich", "attack", "Crown Navy"),
        ];

        var score = GoldScorer.Score(gold, predicted, Aliases, _sentences, Text);

        var miss = Assert.Single(score.Misses);
        Assert.Equal(new GoldTriple("ruritania", "arms-transfer", "freedonia"), miss.Triple);
        Assert.Equal("Ruritania sold patrol boats to Freedonia in 2019.", miss.Sentence);
        var fp = Assert.Single(score.FalsePositives);
        Assert.Equal(new GoldTriple("osterlich", "attack", "crown-navy"), fp.Triple);
        Assert.Equal("Osterlich and Freedonia signed a pact.", fp.Sentence);
        var certainty = Assert.Single(score.WrongCertainty);
        Assert.Equal(new GoldTriple("freedonia", "agreement", "osterlich"), certainty.Triple);
        Assert.Equal(["asserted"], certainty.Wanted);
        Assert.Equal(["alleged"], certainty.Got);
        Assert.Equal("Osterlich and Freedonia signed a pact.", certainty.Sentence);
        var time = Assert.Single(score.WrongTime);
        Assert.Equal((2020, 2020), time.Wanted);
        Assert.Equal([((int?)2021, (int?)2021)], time.Got);
        // In the ontology's order: military, then diplomatic, then hostile.
        Assert.Equal([new RelationScore("arms-transfer", 0, 0, 1), new RelationScore("agreement", 1, 0, 0), new RelationScore("attack", 0, 1, 0)], score.Relations);
    }

    [Fact]
    public void Without_the_predicted_text_a_false_positive_shows_its_evidence()
    {
        var score = GoldScorer.Score(Document(), [Claim("Osterlich", "attack", "Freedonia")], Aliases, _sentences);
        Assert.Equal("Osterlich and Freedonia signed a pact", Assert.Single(score.FalsePositives).Sentence);
    }

    [Fact]
    public void The_undirected_relations_are_score_pys_symmetric_set()
    {
        string[] scorePy = ["joint-operation", "agreement", "contact", "coordination", "alliance", "conflict", "economic-cooperation"];
        Assert.Equal(scorePy.Order(), RelationTypes.All.Select(t => t.Id).Where(MatchingRules.IsUndirected).Order());
    }

    [Fact]
    public void Totals_and_the_relation_table_add_up_over_documents()
    {
        var a = GoldScorer.Score(Document(Gold("ruritania", "arms-transfer", "freedonia")), [Claim("Ruritania", "arms-transfer", "Freedonia"), Claim("Osterlich", "attack", "Freedonia")], Aliases, _sentences);
        var b = GoldScorer.Score(Document(Gold("ruritania", "arms-transfer", "osterlich"), Gold("osterlich", "attack", "freedonia")), [], Aliases, _sentences);

        var report = new EvaluationReport([a, b], []);

        Assert.Equal(new ScoreCounts(1, 1, 2, 2, 1, 1, 0, 0), report.Totals);
        Assert.Equal(3, report.Totals.Gold);
        Assert.Equal(0.5, report.Totals.Precision);
        Assert.Equal(1 / 3.0, report.Totals.Recall);
        Assert.Equal([new RelationScore("arms-transfer", 1, 0, 1), new RelationScore("attack", 0, 1, 1)], report.Relations);
        Assert.Null(report.Totals.TimeAccuracy);
    }

    [Fact]
    public void The_certainty_confusion_counts_each_scored_gold_claim_under_its_cert_and_the_certainty_it_was_given()
    {
        var a = GoldScorer.Score(Document(
                Gold("ruritania", "arms-transfer", "freedonia", Certainty.Reported, altCert: [Certainty.Asserted]),
                Gold("osterlich", "agreement", "freedonia", Certainty.Reported)),
            [Claim("Ruritania", "arms-transfer", "Freedonia", Certainty.Alleged), Claim("Ruritania", "arms-transfer", "Freedonia"), Claim("Osterlich", "agreement", "Freedonia", Certainty.Possible)],
            Aliases, _sentences);
        var b = GoldScorer.Score(Document(Gold("ruritania", "attack", "freedonia", Certainty.Denied), Gold("osterlich", "attack", "freedonia", Certainty.Denied)),
            [Claim("Ruritania", "attack", "Freedonia", Certainty.Denied)], Aliases, _sentences);

        var confusion = new EvaluationReport([a, b], []).Certainties;

        // The accepted prediction is the one counted, though an unaccepted one came first; an alt_cert is right off the diagonal.
        Assert.Equal(1, confusion[Certainty.Reported, Certainty.Asserted]);
        Assert.Equal(0, confusion[Certainty.Reported, Certainty.Alleged]);
        // No prediction accepted: the matching one's certainty, wrong.
        Assert.Equal(1, confusion[Certainty.Reported, Certainty.Possible]);
        Assert.Equal((2, 1), (confusion.Scored(Certainty.Reported), confusion.Right(Certainty.Reported)));
        // The missed denial is not scored.
        Assert.Equal((1, 1, 1), (confusion[Certainty.Denied, Certainty.Denied], confusion.Scored(Certainty.Denied), confusion.Right(Certainty.Denied)));
        Assert.Equal(0, confusion.Scored(Certainty.Asserted));
    }
}
