using Entente.Core.Ontology;
using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations;
using Entente.Knowledge;

namespace Entente.Extraction.Tests;

/// <summary>
/// Time, certainty and denials come from a draft's positions and the document's context, not from the rule that made
/// it: a producer the rules know nothing of (here one that reads "bankrolled" between two actors, as a learned model
/// might) gets the same treatment as the rules' own drafts.
/// </summary>
public sealed class ContextForAnyProducerTests
{
    /// <summary>Drafts "funding" from the actor before "bankrolled" to the actor after it, over the tokens between them.</summary>
    private sealed class BankrolledProducer : IExtractionStage
    {
        public void Run(DocumentAnalysis analysis)
        {
            foreach (var s in analysis.Sentences)
                for (var k = 0; k < s.Tokens.Count; k++)
                {
                    if (!s.Tokens[k].Is("bankrolled")) continue;
                    var subject = s.Mentions.LastOrDefault(m => m.IsActor && m.Last <= k);
                    var obj = s.Mentions.FirstOrDefault(m => m.IsActor && m.First > k);
                    if (subject is null || obj is null) continue;
                    analysis.Drafts.Add(new ClaimDraft
                    {
                        Sentence = s,
                        Subject = subject.Entity,
                        Relation = "funding",
                        Object = obj.Entity,
                        Rule = "test-model",
                        TriggerFirst = k,
                        TriggerLast = k + 1,
                        SpanFirst = subject.First,
                        SpanLast = obj.Last,
                    });
                }
        }
    }

    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => new ExtractionPipelineBuilder(KnowledgeBase.Load())
        .UseSentences().UseTokens().UseMentions().UseDocumentTime().UseTime().UseAttribution().UseCoreference().UseCues()
        .Use(new BankrolledProducer()).UseDenials().UseClaims().Build());

    private static IReadOnlyList<Core.Claims.Claim> Extract(string text) =>
        Pipeline.Value.Extract(Document.FromText(text, new DocumentMetadata { Published = new DateOnly(2024, 3, 13) })).Claims;

    [Fact]
    public void A_new_producers_lede_claim_is_reported_dated_and_denied_like_any_other()
    {
        var claims = Extract("Qatar bankrolled Hamas, Israeli officials said on Monday.\nQatar denied the report.");
        var reported = Assert.Single(claims, c => c.Certainty == Certainty.Reported);
        Assert.Equal(("qat", "funding", "hamas"), (reported.Subject.Id, reported.Relation, reported.Object?.Id));
        Assert.Equal(new DateOnly(2024, 3, 11), reported.Time?.From);
        var denied = Assert.Single(claims, c => c.Certainty == Certainty.Denied);
        Assert.Equal(("qat", "funding", "hamas"), (denied.Subject.Id, denied.Relation, denied.Object?.Id));
        Assert.Equal("Qatar denied the report", denied.Evidence.Text);
    }

    [Fact]
    public void A_new_producers_claim_takes_the_time_its_paragraph_carries_and_none_as_background()
    {
        var claims = Extract("Egypt hosted talks on Monday.\nIn 2019 Qatar bankrolled Hamas. Later Qatar bankrolled Hezbollah too.\nIran had bankrolled Hezbollah.");
        Assert.Equal(2019, claims.Single(c => c.Subject.Id == "qat" && c.Object?.Id == "hezbollah").Time?.From.Year);
        Assert.Null(claims.Single(c => c.Subject.Id == "irn").Time);
    }
}
