using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations;

/// <summary>
/// What a frame or construction rule read at one trigger, handed to <see cref="FrameContext.Emit"/>: a claim for each
/// subject and object that differ, under <paramref name="Rule"/> with <paramref name="Confidence"/> (0–100). The claims'
/// span runs from the trigger over <see cref="Arguments"/> and on to the last of <see cref="Materiel"/>.
/// </summary>
public sealed record FrameClaims(TriggerMention Trigger, string Relation, string Rule, int Confidence)
{
    public required IEnumerable<Entity> Subjects { get; init; }
    public required IEnumerable<Entity> Objects { get; init; }

    /// <summary>The mentions the subjects and objects were read from: the claims' span covers them.</summary>
    public required IEnumerable<EntityMention> Arguments { get; init; }

    /// <summary>The weapons or goods the claims are about; none unless told.</summary>
    public IReadOnlyList<EntityMention> Materiel { get; init; } = [];

    public Entity? Place { get; init; }
    public Phase? Phase { get; init; }

    /// <summary>Said as background ("Iran-backed Hezbollah") rather than asserted as news.</summary>
    public bool Presupposed { get; init; }

    /// <summary>The subjects act in their own right, officials included: those listed for what they did (CONVENTIONS (c)).</summary>
    public bool PersonalSubjects { get; init; }
}
