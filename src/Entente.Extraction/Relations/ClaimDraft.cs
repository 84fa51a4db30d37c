using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations;

/// <summary>A claim found by a rule, before certainty, phase, time and attribution are settled.</summary>
public sealed class ClaimDraft
{
    public required SentenceAnalysis Sentence { get; init; }
    public required Entity Subject { get; init; }
    public required string Relation { get; init; }
    public Entity? Object { get; init; }
    public required string Rule { get; init; }

    /// <summary>The trigger tokens; cues and time are looked up from here.</summary>
    public required int TriggerFirst { get; init; }
    public required int TriggerLast { get; init; }

    /// <summary>The tokens that say the claim, for the evidence span.</summary>
    public int SpanFirst { get; set; }
    public int SpanLast { get; set; }

    public List<Entity> Materiel { get; init; } = [];
    public Entity? Place { get; set; }
    public Quantity? Quantity { get; set; }
    public Phase? Phase { get; set; }
    public Certainty? Certainty { get; set; }
    public int Confidence { get; set; } = 70;

    /// <summary>Said by a noun phrase, not asserted by a clause ("Al-Qaeda's Al-Shabaab"): the clause's hedges do not reach it.</summary>
    public bool Presupposed { get; set; }

    /// <summary>The subject is the claim's party as named, not the state an official serves ("listed A, the interior minister, for arming the rebels").</summary>
    public bool PersonalSubject { get; init; }
    public List<string> Cues { get; } = [];

    /// <summary>Set when the relation model decided the draft: its probability and the rule frames that said the same.</summary>
    public ModelDecision? Model { get; set; }
}

/// <summary>The relation model's decision on a draft: the model's version, its probability, and the rules that agreed.</summary>
public sealed record ModelDecision(string Version, double Score, IReadOnlyList<string> Rules);
