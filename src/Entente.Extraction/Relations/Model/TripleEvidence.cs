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
    public List<(PairCandidate Candidate, double Score)> Candidates { get; } = [];

    public double Best => Candidates.Count == 0 ? 0 : Candidates.Max(c => c.Score);

    /// <summary>A hand-written rule found this triple in one of its candidates' sentences.</summary>
    public bool RuleFound => Candidates.Any(c => c.Candidate.RuleDrafts.Count > 0);

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
/// model's probability, whether it was kept, and the sentence of its best candidate.
/// </summary>
public sealed record TripleDecision(string Subject, string Relation, string Object, double PairScore, double Probability, bool Kept, int Sentence, string Evidence);
