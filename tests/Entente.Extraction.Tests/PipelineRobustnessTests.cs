using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;
using Entente.Knowledge;
using Entente.TestSupport;

namespace Entente.Extraction.Tests;

public sealed class PipelineRobustnessTests
{
    private static readonly Lazy<ExtractionPipeline> Default = new(() => ExtractionPipeline.CreateDefault(KnowledgeBase.Load()));

    [Fact]
    public void A_passive_transfer_with_no_giver_anywhere_gives_no_claim_instead_of_failing()
    {
        var doc = Document.FromText("By early 2024 Seoul estimated that more than a million shells had been sent, and later assessments put the figure in the millions.",
            new DocumentMetadata { Published = new DateOnly(2024, 6, 1) });
        var result = Default.Value.Extract(doc);
        Assert.DoesNotContain(result.Claims, c => c.Relation == "arms-transfer");
    }

    [Fact]
    public void Every_sample_report_extracts_without_failing_and_yields_claims_with_exact_evidence()
    {
        var reader = new DocumentReader();
        foreach (var file in DocumentPaths.Expand([Path.Combine(SharedData.RepoRoot, "samples", "corpus")]))
        {
            var doc = reader.Read(file);
            var result = Default.Value.Extract(doc);
            Assert.True(result.Claims.Count > 0, $"{file}: no claims");
            foreach (var c in result.Claims)
                Assert.Equal(c.Evidence.Text, doc.Text[c.Evidence.Start..c.Evidence.End]);
        }
    }
}
