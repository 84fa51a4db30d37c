using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Knowledge;

namespace Entente.Extraction.Claims;

/// <summary>
/// Who a claim's party counts as. An official acts for the state: a person with a part-of link to a state (or one of
/// its organs) stands for that state in a claim, since the relations of the ontology are between actors, not their
/// envoys; so do a state's regular armed forces and its ministries. A leader of an armed or political group
/// stands for the group ("Israel killed Nasrallah" is an attack on Hezbollah). A person matters in their own right
/// (CONVENTIONS (c)) where the claim is about the person: their membership ("Nasrallah, Hezbollah's leader" is part-of
/// Hezbollah; "the Quds Force commander" is part-of the Quds Force, not his state a part of its own organ) and sanctions
/// on them. A person with no such link stays themselves (their country is their
/// nationality, not whom they act for); so does a provisional entity (a name the knowledge base lacks), except an
/// unknown official, whom the mention stage gave a part-of link to the state the title names.
/// </summary>
public sealed class AgentResolver(KnowledgeBase kb)
{
    public Entity Resolve(Entity e, string relation, bool asObject)
    {
        if (e.Kind == EntityKind.Person && (asObject ? RelationTypes.InGroup(relation, RelationGroups.Personal) : RelationTypes.InGroup(relation, RelationGroups.Membership))) return e;
        return AgentOf(e);
    }

    /// <summary>Who a party counts as whatever the claim: an official is their state, a group's leader the group.</summary>
    public Entity Party(Entity e) => AgentOf(e);

    private Entity AgentOf(Entity e)
    {
        if (e.Kind == EntityKind.StateOrgan) return (NationalMilitary(e) || IsMinistry(e)) && kb.StateOf(e, followPartOf: true) is { } owner ? owner : e;
        if (e.Kind != EntityKind.Person) return e;
        // By index: asked for every candidate, and a foreach over the interface made an enumerator object each time.
        var links = e.Links;
        for (var i = 0; i < links.Count; i++)
            if (links[i].Type == RelationTypes.PartOf.Id && kb.Get(links[i].Target) is { } whole && whole.Kind is EntityKind.State or EntityKind.Regime or EntityKind.StateOrgan)
                return kb.StateOf(whole, followPartOf: false) ?? whole;
        for (var i = 0; i < links.Count; i++)
            if (links[i].Type == RelationTypes.PartOf.Id && kb.Get(links[i].Target) is { Kind: EntityKind.ArmedGroup or EntityKind.PoliticalGroup } group) return group;
        return e;
    }

    /// <summary>
    /// "Russian troops", "the Syrian Army", "the Russian Ministry of Defence": a state's regular forces and defence
    /// ministry act as the state, the way "North Korean soldiers" do. Organs with a mind of their own (the IRGC,
    /// the Quds Force, intelligence services) stay themselves.
    /// </summary>
    private static bool NationalMilitary(Entity e) =>
        e.Id.EndsWith("-armed-forces", StringComparison.Ordinal) || e.Id.EndsWith("-army", StringComparison.Ordinal) || e.Id.EndsWith("-mod", StringComparison.Ordinal)
        || e.Name.Contains("Armed Forces", StringComparison.Ordinal) || e.Name.Contains("Ministry of Defen", StringComparison.Ordinal)
        || e.Name.EndsWith(" Army", StringComparison.Ordinal);

    /// <summary>
    /// "The Treasury designated …", "the Foreign Ministry protested …": a ministry or executive department is the
    /// government acting, so its acts are the state's. The knowledge base says which organs are ministries (category
    /// "ministry"); intelligence services, guards corps and special units keep their own name.
    /// </summary>
    private static bool IsMinistry(Entity e) => e.Category == "ministry";
}
