using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Claims;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;

namespace Entente.Extraction.Relations.Model;

/// <summary>
/// Asks the relation model its questions: every ordered pair of argument mentions of a sentence (distinct agents,
/// not too far apart), once for each relation the sentence gives a reason to ask about — a lexicon trigger, a
/// learned cue word or word class (a name's "-backed" suffix among them), a rule's draft. Asking every pair about
/// the structural relations too, with no word to go on, cost three times the candidates for a few more claims
/// (measured), so those come from their cues and the rules. Bounded: at most <see cref="MaxArguments"/> mentions per
/// sentence, <see cref="MaxDistance"/> tokens apart.
/// </summary>
public sealed class CandidateFinder(RelationCues cues, ContextCues contexts, TriggerLexicon lexicon, LexicalClasses classes, KnowledgeBase kb)
{
    public const int MaxArguments = 16;
    public const int MaxDistance = 40;

    /// <summary>
    /// Relations a construction can say with no trigger word, between two mentions close together: part-of ("Iran's IRGC")
    /// and alliance. Asked only of close pairs: asking every pair tripled the candidates for a handful of claims.
    /// Proxy-of, affiliate-of, client-of, support and presence were asked this way too, a fifth of all candidates, and on
    /// the training texts one in a thousand of those scored at the candidate floor; without them the dev, training and
    /// corpus scores were the same to the claim (their constructions carry a cue: "Iran-backed", "a proxy of").
    /// </summary>
    private static readonly int[] Constructional =
        [.. new[] { RelationTypes.PartOf.Id, RelationTypes.Alliance.Id }.Select(RelationCues.IndexOf).Order()];

    /// <summary>How many tokens may lie between two mentions for a construction to join them.</summary>
    public const int ConstructionReach = 3;

    private readonly AgentResolver _agents = new(kb);

    public SentenceFacts Facts(SentenceAnalysis s, bool isLede, List<ClaimDraft> drafts)
    {
        var arguments = new List<EntityMention>();
        foreach (var m in s.Mentions)
        {
            if (m.IsMateriel || !(m.Entity.Kind.IsActor() || m.Entity.Kind == EntityKind.Place)) continue;
            arguments.Add(m);
            if (arguments.Count == MaxArguments) break;
        }
        var spots = new Dictionary<int, List<TriggerSpot>>();
        foreach (var t in s.Triggers) Add(spots, RelationCues.IndexOf(t.Entry.Relation), new TriggerSpot(t.First, t.Last, SpotKind.Lexicon, 1, t.Entry.Frame));
        foreach (var d in drafts)
            Add(spots, RelationCues.IndexOf(d.Relation), new TriggerSpot(d.TriggerFirst, d.TriggerLast, SpotKind.Rule, 1, FrameOf(d.Rule)));
        var weights = new float[s.Tokens.Count][];
        var mentionAt = s.MentionAtEachToken();
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            weights[k] = [];
            if (!(IsLowerWord(s.Tokens[k]) && LeavesCues(mentionAt[k]))) continue;
            // The entries of the token's keys (RelationCues.KeysOf): its stem, then its classes; a class read twice changes no maximum.
            TakeStrongest(ref weights[k], cues.ForWord(s.Tokens[k].Lower));
            foreach (var e in classes.Of(s.Tokens[k])) TakeStrongest(ref weights[k], cues.ForClass(e.Class));
            if (weights[k].Length == 0) continue;
            for (var r = 0; r < weights[k].Length; r++)
                if (weights[k][r] >= cues.AskFloor) Add(spots, r, new TriggerSpot(k, k + 1, SpotKind.Cue, weights[k][r], null));
        }
        // "Iran-backed", "Moscow-funded": the word a name's hyphenated suffix makes is a cue at the name's last token.
        foreach (var m in s.Mentions)
        {
            if (m.Suffix is null) continue;
            var last = m.Last - 1;
            foreach (var w in cues.For(WordStem.Of(m.Suffix.ToLowerInvariant())))
            {
                if (weights[last].Length == 0) weights[last] = new float[RelationTypes.All.Count];
                weights[last][w.Relation] = Math.Max(weights[last][w.Relation], w.Weight);
                if (w.Weight >= cues.AskFloor) Add(spots, w.Relation, new TriggerSpot(m.First, m.Last, SpotKind.Cue, w.Weight, "compound"));
            }
        }
        return new SentenceFacts(s, isLede, arguments, m => _agents.Resolve(m.Entity, "", asObject: false), drafts, spots, weights, cues, contexts, lexicon, kb, mentionAt);
    }

    /// <summary>Raises a token's weight of each relation to the cue entry's; the token's array is made when it first has an entry.</summary>
    private static void TakeStrongest(ref float[] weights, ReadOnlySpan<CueWeight> entry)
    {
        foreach (var w in entry)
        {
            if (weights.Length == 0) weights = new float[RelationTypes.All.Count];
            weights[w.Relation] = Math.Max(weights[w.Relation], w.Weight);
        }
    }

    public void Find(SentenceFacts facts, List<PairCandidate> output)
    {
        var args = facts.Arguments;
        if (args.Count < 2) return;
        var said = new int[facts.Spots.Count];
        facts.Spots.Keys.CopyTo(said, 0);
        Array.Sort(said);
        var withConstructions = SortedUnion(said, Constructional);
        var sayings = new DraftsByParties(facts.Drafts, RuleParties(facts.Drafts));
        var drafted = DraftedRelations(facts.Drafts);
        for (var i = 0; i < args.Count; i++)
            for (var j = 0; j < args.Count; j++)
            {
                if (i == j) continue;
                // Two mentions far apart are asked only what a rule found between them ("Britain designated the Acme
                // Shipping Company, which …, for supplying the Wagner Group"): the rules are the model's candidate generator.
                var far = Math.Abs(args[i].First - args[j].First) > MaxDistance;
                if (far && drafted.Length == 0) continue;
                var gap = Math.Max(args[i].First, args[j].First) - Math.Min(args[i].Last, args[j].Last);
                foreach (var r in far ? drafted : gap <= ConstructionReach ? withConstructions : said)
                {
                    // A symmetric relation is asked once per pair, in text order.
                    if (RelationTypes.All[r].Undirected && args[i].First > args[j].First) continue;
                    // Who the parties count as depends on the relation: an official is the state, but the person when sanctioned.
                    var id = RelationTypes.All[r].Id;
                    var (agentA, agentB) = (_agents.Resolve(args[i].Entity, id, asObject: false), _agents.Resolve(args[j].Entity, id, asObject: true));
                    if (agentA.Id == agentB.Id || !agentA.Kind.IsActor()) continue;
                    var candidate = new PairCandidate
                    {
                        Sentence = facts.Sentence,
                        A = args[i],
                        B = args[j],
                        AgentA = agentA,
                        AgentB = agentB,
                        Relation = r,
                        Spot = facts.BestSpot(r, args[i], args[j]),
                        InLede = facts.IsLede,
                    };
                    sayings.AddTo(candidate, RelationTypes.All[r].Undirected);
                    if (far && candidate.RuleDrafts.Count == 0) continue;
                    // "Honduras, Panama and Costa Rica trained the exiles": members of one list act side by side; one
                    // does not train, arm or attack another. Only a symmetric relation (or a rule) joins them.
                    if (!RelationTypes.All[r].Undirected && candidate.RuleDrafts.Count == 0 && facts.Args.InOneList(args[i], args[j])) continue;
                    // "Israeli officials estimated that Hezbollah had missiles supplied by Iran": who says it is the
                    // source of what is said, not a party to it (a rule that reads the speaker as one still asks).
                    if (candidate.RuleDrafts.Count == 0 && (SpeaksOf(facts.Sentence, args[i], args[j]) || SpeaksOf(facts.Sentence, args[j], args[i]))) continue;
                    output.Add(candidate);
                }
            }
    }

    /// <summary>The relations of the sentence's drafts that have an object, sorted, each once.</summary>
    private static int[] DraftedRelations(List<ClaimDraft> drafts)
    {
        if (drafts.Count == 0) return [];
        var found = new List<int>();
        foreach (var d in drafts)
            if (d.Object is not null && RelationCues.IndexOf(d.Relation) is var r && !found.Contains(r)) found.Add(r);
        found.Sort();
        return [.. found];
    }

    /// <summary>The relations of two sorted arrays without repeats, in order: asked per sentence, so without LINQ's sets and buffers.</summary>
    private static int[] SortedUnion(int[] x, int[] y)
    {
        Span<int> union = stackalloc int[x.Length + y.Length];
        var (i, j, n) = (0, 0, 0);
        while (i < x.Length || j < y.Length)
        {
            var next = j == y.Length || i < x.Length && x[i] <= y[j] ? x[i] : y[j];
            if (n == 0 || union[n - 1] != next) union[n++] = next;
            if (i < x.Length && x[i] == next) i++;
            if (j < y.Length && y[j] == next) j++;
        }
        return union[..n].ToArray();
    }

    /// <summary><paramref name="speaker"/> names the speaker of an attribution, right by its verb, and <paramref name="other"/>
    /// is in what it says, on the verb's other side.</summary>
    private static bool SpeaksOf(SentenceAnalysis s, EntityMention speaker, EntityMention other)
    {
        foreach (var at in s.Attributions)
        {
            if (at.CueFirst < 0 || other.First < at.First || other.First >= at.Last) continue;
            // "Israeli officials estimated that …" (what is said follows the verb) or "…, Israel said" (it precedes it).
            // The speaker is told by its place, not its entity: "Israeli officials" may be read as a person or a group.
            if (speaker.Last <= at.CueFirst && at.CueFirst - speaker.Last <= 4 && other.First >= at.CueLast && s.OnlyWords(speaker.Last, at.CueFirst)) return true;
            if (speaker.First >= at.CueLast && speaker.First - at.CueLast <= 2 && other.Last <= at.CueFirst && s.OnlyWords(at.CueLast, speaker.First)) return true;
        }
        return false;
    }

    /// <summary>A lower-case word outside any name: names say who, not what was done (materiel and pronouns are fine).</summary>
    public static bool CanBeCue(SentenceAnalysis s, int k) => IsLowerWord(s.Tokens[k]) && LeavesCues(s.MentionAt(k));

    private static bool IsLowerWord(Tokens.Token token) => token.IsWord && !token.IsCapitalized;

    /// <summary>The mention at a token (if any) leaves it free to be a cue: materiel, pronouns and an implied party do.</summary>
    private static bool LeavesCues(EntityMention? mention) => mention is null or { IsMateriel: true } or { Form: MentionForm.Pronoun or MentionForm.Collective or MentionForm.Implied };

    /// <summary>The rule frame of a draft's rule id ("arms-transfer.transfer" → "transfer", "structure.apposition-role" → "apposition-role").</summary>
    public static string FrameOf(string rule) => rule.IndexOf('.') is var dot and >= 0 ? rule[(dot + 1)..] : rule;

    /// <summary>
    /// Whom each rule draft's parties stand for under its relation (null for a draft with no object): worked out once
    /// per sentence, not once per candidate and draft, which grew with the square of a long sentence's drafts.
    /// </summary>
    private (string? Subject, string? Object)[] RuleParties(List<ClaimDraft> drafts)
    {
        if (drafts.Count == 0) return [];
        var parties = new (string?, string?)[drafts.Count];
        for (var k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Object is not null) parties[k] = (_agents.Resolve(d.Subject, d.Relation, asObject: false).Id, _agents.Resolve(d.Object, d.Relation, asObject: true).Id);
        }
        return parties;
    }

    private static void Add(Dictionary<int, List<TriggerSpot>> spots, int relation, TriggerSpot spot)
    {
        if (!spots.TryGetValue(relation, out var list)) spots[relation] = list = [];
        list.Add(spot);
    }
}
