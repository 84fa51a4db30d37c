using Entente.Core.Ontology;

namespace Entente.Extraction.Relations.Model;

/// <summary>
/// The document model's features for one triple: how strongly and how often the pair model saw it, whether the
/// reverse direction or another relation between the same pair was seen more strongly, and how prominent its two
/// agents are in the document (annotators and readers care about the parties a report is about).
/// </summary>
public sealed class TripleFeatures
{
    private readonly int _relation, _best, _second, _sum, _count, _sentences, _ledeBest, _ruleAny, _reverseBest, _otherRelationBest, _rankAgainst;
    private readonly int _pairBest, _pairSentences, _kindA, _kindB;
    private readonly int _mentionsA, _mentionsB, _shareA, _shareB, _rankA, _rankB, _headlineA, _headlineB, _ledeA, _ledeB, _docSentences, _docTriples, _symmetric;

    public TripleFeatures()
    {
        var l = Layout;
        _relation = l.AddGroup("relation", RelationTypes.All.Select(r => r.Id));
        _symmetric = l.Add("relation.symmetric");
        _best = l.Add("score.best");
        _second = l.Add("score.second");
        _sum = l.Add("score.sum");
        _count = l.Add("candidates");
        _sentences = l.Add("sentences");
        _ledeBest = l.Add("score.lede");
        _ruleAny = l.Add("rule.any");
        _reverseBest = l.Add("score.reverse");
        _otherRelationBest = l.Add("score.other-relation");
        _rankAgainst = l.Add("score.rank-in-document");
        _pairBest = l.Add("pair.best");
        _pairSentences = l.Add("pair.sentences");
        _kindA = l.AddGroup("a.kind", Enum.GetNames<Core.Entities.EntityKind>());
        _kindB = l.AddGroup("b.kind", Enum.GetNames<Core.Entities.EntityKind>());
        _mentionsA = l.Add("a.mentions");
        _mentionsB = l.Add("b.mentions");
        _shareA = l.Add("a.share");
        _shareB = l.Add("b.share");
        _rankA = l.Add("a.rank");
        _rankB = l.Add("b.rank");
        _headlineA = l.Add("a.headline");
        _headlineB = l.Add("b.headline");
        _ledeA = l.Add("a.lede");
        _ledeB = l.Add("b.lede");
        _docSentences = l.Add("document.sentences");
        _docTriples = l.Add("document.strong-triples");
    }

    public FeatureLayout Layout { get; } = new();
    public int Count => Layout.Count;

    /// <summary>Fills the features of <paramref name="t"/>, given the other triples of its document.</summary>
    public void Fill(TripleEvidence t, TripleContext context, DocumentSalience salience, Span<float> v)
    {
        v.Clear();
        v[_relation + t.Relation] = 1;
        v[_symmetric] = RelationTypes.All[t.Relation].Symmetric ? 1 : 0;
        double best = 0, second = 0, sum = 0;
        var sentences = 0;
        var lastSentence = -1;
        foreach (var (c, s) in t.Candidates)
        {
            if (s > best) (best, second) = (s, best);
            else if (s > second) second = s;
            sum += s;
            // Candidates arrive sentence by sentence: a new index is a new sentence.
            if (c.Sentence.Index != lastSentence) (sentences, lastSentence) = (sentences + 1, c.Sentence.Index);
            if (c.InLede) v[_ledeBest] = Math.Max(v[_ledeBest], (float)s);
        }
        v[_best] = (float)best;
        v[_second] = (float)second;
        v[_sum] = (float)sum;
        v[_count] = t.Candidates.Count;
        v[_sentences] = sentences;
        v[_ruleAny] = t.RuleFound ? 1 : 0;
        v[_reverseBest] = (float)context.Reverse(t);
        v[_otherRelationBest] = (float)context.OtherRelation(t);
        v[_rankAgainst] = context.Stronger(t.Best);
        v[_pairBest] = (float)context.PairBest(t);
        v[_pairSentences] = context.PairSentences(t);
        var first = t.Candidates[0].Candidate;
        var (subject, obj) = first.AgentA.Id == t.Subject ? (first.AgentA, first.AgentB) : (first.AgentB, first.AgentA);
        v[_kindA + (int)subject.Kind] = 1;
        v[_kindB + (int)obj.Kind] = 1;
        v[_docTriples] = context.StrongTriples;
        var total = Math.Max(1, salience.TotalMentions);
        v[_mentionsA] = salience.MentionsOf(t.Subject);
        v[_mentionsB] = salience.MentionsOf(t.Object);
        v[_shareA] = salience.MentionsOf(t.Subject) / (float)total;
        v[_shareB] = salience.MentionsOf(t.Object) / (float)total;
        v[_rankA] = salience.RankOf(t.Subject);
        v[_rankB] = salience.RankOf(t.Object);
        v[_headlineA] = salience.InHeadline(t.Subject) ? 1 : 0;
        v[_headlineB] = salience.InHeadline(t.Object) ? 1 : 0;
        v[_ledeA] = salience.InLede(t.Subject) ? 1 : 0;
        v[_ledeB] = salience.InLede(t.Object) ? 1 : 0;
        v[_docSentences] = salience.Sentences;
    }
}
