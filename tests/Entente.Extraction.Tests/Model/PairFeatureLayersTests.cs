using Entente.Extraction.Ingest;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;
using Entente.Extraction.Relations.Model;
using Entente.Knowledge;
using Entente.TestSupport;

namespace Entente.Extraction.Tests.Model;

/// <summary>
/// The pair features' layers are what the layered scorer trusts: each fill writes only its own layer's features, and
/// the shipped model scores every candidate of the sample reports the same read by layer as walked whole; the relation
/// fill's Spot features are the same for every candidate asking the same relation at the same place of a sentence.
/// </summary>
public sealed class PairFeatureLayersTests
{
    [Fact]
    public void Each_fill_writes_its_own_layer_and_the_layered_scores_are_the_walks()
    {
        var kb = KnowledgeBase.Load();
        var model = RelationModel.Shipped()!;
        var features = new PairFeatures();
        var layers = features.Layout.Layers;
        var layered = LayeredEnsemble.TryCreate(model.PairEnsemble, layers)!;
        var finder = new CandidateFinder(model.Cues, model.Contexts, new Relations.TriggerLexicon(), new Lexicons.LexicalClasses(), kb);
        var reading = new ExtractionPipelineBuilder(kb).UseReading().Build();
        var (sentence, pair, whole) = (new float[features.Count], new float[features.Count], new float[features.Count]);
        var (sentenceSets, pairSets, wholeSets) = (new ulong[layered.Trees], new ulong[layered.Trees], new ulong[layered.Trees]);
        var candidates = new List<PairCandidate>();
        var scored = 0;
        foreach (var file in DocumentPaths.Expand([Path.Combine(SharedData.RepoRoot, "samples", "corpus")]))
        {
            var analysis = new DocumentAnalysis(new DocumentReader().Read(file));
            foreach (var stage in reading.Stages) stage.Run(analysis);
            foreach (var (s, drafts, isLede) in RelationModelStage.SentencesWithDrafts(analysis))
            {
                var facts = finder.Facts(s, isLede, drafts);
                candidates.Clear();
                finder.Find(facts, candidates);
                features.FillSentence(facts, sentence);
                AssertWrites([FeatureLayer.Sentence], new float[features.Count], sentence, layers);
                var spotsSeen = new Dictionary<(int, TriggerSpot), float[]>();
                layered.Reset(sentenceSets);
                layered.Read(FeatureLayer.Sentence, sentence, sentenceSets);
                foreach (var c in candidates)
                {
                    sentence.CopyTo(pair, 0);
                    features.FillPair(facts, c.A, c.B, pair);
                    AssertWrites([FeatureLayer.Pair], sentence, pair, layers);
                    pair.CopyTo(whole, 0);
                    features.FillRelation(c, facts, whole);
                    AssertWrites([FeatureLayer.Relation, FeatureLayer.Spot], pair, whole, layers);
                    // The Spot features are the relation's and its place's alone: every pair asking them has the same.
                    var spotFeatures = Enumerable.Range(0, features.Count).Where(f => layers[f] == FeatureLayer.Spot).Select(f => whole[f]).ToArray();
                    if (!spotsSeen.TryAdd((c.Relation, c.Spot), spotFeatures)) Assert.Equal(spotsSeen[(c.Relation, c.Spot)], spotFeatures);
                    sentenceSets.CopyTo(pairSets, 0);
                    layered.Read(FeatureLayer.Pair, pair, pairSets);
                    pairSets.CopyTo(wholeSets, 0);
                    layered.Read(FeatureLayer.Relation, whole, wholeSets);
                    layered.Read(FeatureLayer.Spot, whole, wholeSets);
                    Assert.Equal(model.PairEnsemble.Margin(whole), layered.Margin(wholeSets));
                    Assert.Equal(model.PairEnsemble.MarginUnlessBelow(whole, model.ExitAfter, model.ExitBelow), layered.MarginUnlessBelow(wholeSets, model.ExitAfter, model.ExitBelow));
                    scored++;
                }
            }
        }
        Assert.True(scored > 1000, $"only {scored} candidates in the sample reports");
    }

    private static void AssertWrites(FeatureLayer[] fill, float[] before, float[] after, IReadOnlyList<FeatureLayer> layers)
    {
        for (var f = 0; f < after.Length; f++)
            if (!before[f].Equals(after[f])) Assert.True(fill.Contains(layers[f]), $"the {fill[0]} fill wrote feature {f}, of the {layers[f]} layer");
    }
}
