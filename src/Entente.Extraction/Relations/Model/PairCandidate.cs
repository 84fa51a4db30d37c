using Entente.Core.Entities;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations.Model;

/// <summary>Where a candidate's relation is said: a lexicon trigger, a learned cue word, or a rule's trigger; tokens [First, Last).</summary>
public enum SpotKind : byte { None, Lexicon, Cue, Rule }

public readonly record struct TriggerSpot(int First, int Last, SpotKind Kind, float Weight, string? Frame)
{
    public static TriggerSpot None { get; } = new(-1, -1, SpotKind.None, 0, null);

    public bool Exists => Kind != SpotKind.None;
}

/// <summary>
/// One question for the relation model: does <see cref="A"/> stand in <see cref="Relation"/> to <see cref="B"/>
/// in this sentence? The agents are the entities the claim would name (an official stands for the state).
/// </summary>
public sealed class PairCandidate
{
    public required SentenceAnalysis Sentence { get; init; }
    public required EntityMention A { get; init; }
    public required EntityMention B { get; init; }
    public required Entity AgentA { get; init; }
    public required Entity AgentB { get; init; }
    public required int Relation { get; init; }
    public required TriggerSpot Spot { get; init; }

    /// <summary>The candidate's sentence is the document's lede.</summary>
    public bool InLede { get; init; }

    private List<ClaimDraft>? _ruleDrafts;

    /// <summary>The list is another candidate's too (<see cref="ShareRuleDrafts"/>): copied before it is added to.</summary>
    private bool _shared;

    /// <summary>The rule drafts of the sentence that say exactly this triple; their frames are evidence and their details are kept.</summary>
    public IReadOnlyList<ClaimDraft> RuleDrafts => _ruleDrafts ?? (IReadOnlyList<ClaimDraft>)[];

    /// <summary>Most candidates have no rule draft: the list is made for the few that do.</summary>
    public void AddRuleDraft(ClaimDraft draft)
    {
        if (_shared) (_ruleDrafts, _shared) = ([.. _ruleDrafts!], false);
        (_ruleDrafts ??= []).Add(draft);
    }

    /// <summary>
    /// Takes a list of drafts that other candidates of the sentence with the same triple hold too, as <see
    /// cref="AddRuleDraft"/> of each would: a sentence of hundreds of drafts gave each of its candidates a copy of dozens.
    /// </summary>
    internal void ShareRuleDrafts(List<ClaimDraft> drafts)
    {
        if (_ruleDrafts is not null)
        {
            foreach (var d in drafts) AddRuleDraft(d);
            return;
        }
        if (drafts.Count > 0) (_ruleDrafts, _shared) = (drafts, true);
    }

    public string RelationId => Core.Ontology.RelationTypes.All[Relation].Id;

    public override string ToString() => $"{AgentA.Id} {RelationId} {AgentB.Id} @{Sentence.Index} [{A.First},{B.First}] {Spot.Kind}";
}
