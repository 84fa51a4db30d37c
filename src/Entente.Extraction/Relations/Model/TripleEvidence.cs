using Entente.Core.Ontology;

namespace Entente.Extraction.Relations.Model;

/// <summary>
/// Everything one document says for one triple (agent, relation, agent): the pair model's score for each candidate
/// that asks about it, and where those candidates are. The document model decides the triple from this.
/// </summary>
public sealed class TripleEvidence(string subject, int relation, string @object)
{
    public string Subject { get; } = subject;
    public int Relation { get; } = relation;
    public string Object { get; } = @object;
    private readonly List<(PairCandidate Candidate, double Score)> _candidates = [];

    public IReadOnlyList<(PairCandidate Candidate, double Score)> Candidates => _candidates;

    /// <summary>The pair model's best score among the candidates, and the candidate that has it.</summary>
    public double Best { get; private set; }
    public PairCandidate? BestCandidate { get; private set; }

    /// <summary>A hand-written rule found this triple in one of its candidates' sentences.</summary>
    public bool RuleFound { get; private set; }

    public void Add(PairCandidate candidate, double score)
    {
        _candidates.Add((candidate, score));
        if (BestCandidate is null || score > Best) (Best, BestCandidate) = (score, candidate);
        RuleFound |= candidate.RuleDrafts.Count > 0;
    }

    /// <summary>The key that makes a symmetric triple the same whichever party comes first.</summary>
    public static (string, int, string) KeyOf(string subject, int relation, string @object) =>
        RelationTypes.All[relation].Undirected && string.CompareOrdinal(subject, @object) > 0 ? (@object, relation, subject) : (subject, relation, @object);
}

/// <summary>How prominent each agent is in a document: how often it is named, and whether the headline or lede names it.</summary>
public sealed class DocumentSalience
{
    private readonly Dictionary<string, int> _mentions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _headline = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lede = new(StringComparer.Ordinal);

    public int TotalMentions { get; private set; }
    public int Sentences { get; set; }

    public void Count(string agent, bool inHeadline, bool inLede)
    {
        _mentions[agent] = _mentions.GetValueOrDefault(agent) + 1;
        TotalMentions++;
        if (inHeadline) _headline.Add(agent);
        if (inLede) _lede.Add(agent);
    }

    public int MentionsOf(string agent) => _mentions.GetValueOrDefault(agent);

    /// <summary>1 for the most named agent of the document, 2 for the next, …; agents never named rank last.</summary>
    public int RankOf(string agent)
    {
        var n = MentionsOf(agent);
        var rank = 1;
        foreach (var v in _mentions.Values)
            if (v > n) rank++;
        return rank;
    }

    public bool InHeadline(string agent) => _headline.Contains(agent);
    public bool InLede(string agent) => _lede.Contains(agent);
}

/// <summary>
/// The relation model's verdict on one triple of a document: the pair model's best score for it, the document
/// model's probability, whether it was kept, and the sentence of its best candidate (its words are cut from the
/// text only when asked for: most decisions are never shown).
/// </summary>
/// <remarks>
/// It keeps what it shows, not the triple: the triple holds every candidate, and through them every sentence's
/// analysis, which the extraction result would then hold for as long as it lives (a text of names without a full stop
/// kept about 60 bytes of analysis per character of text after its extraction had ended).
/// </remarks>
public sealed class TripleDecision
{
    private readonly string _text;
    private readonly int _evidenceStart, _evidenceEnd;

    public TripleDecision(TripleEvidence triple, double probability, bool kept)
    {
        (Subject, Relation, Object) = (triple.Subject, RelationTypes.All[triple.Relation].Id, triple.Object);
        (PairScore, Probability, Kept) = (triple.Best, probability, kept);
        var best = triple.BestCandidate!;
        var s = best.Sentence;
        Sentence = s.Index;
        _text = s.DocumentText;
        var (first, last) = (Math.Min(best.A.First, best.B.First), Math.Max(best.A.Last, best.B.Last));
        // The same span as SentenceAnalysis.TextOf(first, last), cut when asked for.
        (_evidenceStart, _evidenceEnd) = first >= last ? (0, 0) : (s.Tokens[first].Start, s.Tokens[last - 1].End);
    }

    public string Subject { get; }
    public string Relation { get; }
    public string Object { get; }
    public double PairScore { get; }
    public double Probability { get; }
    public bool Kept { get; }
    public int Sentence { get; }

    public string Evidence => _text[_evidenceStart.._evidenceEnd];
}
