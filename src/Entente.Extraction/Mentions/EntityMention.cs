using Entente.Core.Entities;

namespace Entente.Extraction.Mentions;

/// <summary>How the text names the entity.</summary>
/// <remarks><see cref="Implied"/> names an actor the sentence leaves unsaid, at the words that imply it: the sanctioner of
/// "Sanctioned entities include …" in a story about one authority's designations.</remarks>
public enum MentionForm { Name, Acronym, Metonym, Adjective, CompoundPart, Official, Pronoun, Collective, Group, Materiel, Implied }

/// <summary>
/// What a mention does in its sentence: an <see cref="Actor"/> can be a subject or object; a
/// <see cref="Modifier"/> only qualifies a noun ("IRGC clients", "Israeli complaints"); an
/// <see cref="Origin"/> names where materiel comes from ("Iranian drones").
/// </summary>
public enum MentionRole { Actor, Modifier, Origin, Thing }

/// <summary>An entity named by tokens [First, Last) of a sentence. Mutable only while the stages build it.</summary>
public sealed class EntityMention
{
    public EntityMention(int first, int last, Entity entity, MentionForm form)
    {
        First = first;
        Last = last;
        Entity = entity;
        Form = form;
        Role = entity.Kind.IsActor() ? MentionRole.Actor : MentionRole.Thing;
    }

    public int First { get; set; }
    public int Last { get; set; }
    public Entity Entity { get; set; }
    public MentionForm Form { get; set; }
    public MentionRole Role { get; set; }

    /// <summary>Named as a regime: "the junta in Myanmar", "the regime of Nicolas Maduro".</summary>
    public bool RegimePhrase { get; set; }

    /// <summary>Followed by "'s".</summary>
    public bool Possessive { get; set; }

    /// <summary>The rest of a hyphenated word after the name: "backed" in "Russian-backed".</summary>
    public string? Suffix { get; set; }

    /// <summary>For an official ("Bolivian Defence Minister Colonel Jane Doe"): the state the title says they serve.</summary>
    public Entity? Serves { get; set; }

    /// <summary>For materiel: the actor an adjective before it names ("Iranian drones" → Iran).</summary>
    public Entity? Origin { get; set; }

    public bool IsActor => Role == MentionRole.Actor && Entity.Kind.IsActor();

    public bool IsMateriel => Entity.Kind == EntityKind.Materiel;

    public bool IsPlace => Entity.Kind is EntityKind.Place or EntityKind.State;

    public override string ToString() => $"{Entity.Id}[{First},{Last}) {Form} {Role}";
}
