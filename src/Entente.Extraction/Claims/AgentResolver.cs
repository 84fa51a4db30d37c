using Entente.Core.Entities;
using Entente.Knowledge;

namespace Entente.Extraction.Claims;

/// <summary>
/// An official acts for the state: a person with a part-of link to a state (or a country) stands for that
/// state in a claim, since the relations of the ontology are between actors, not their envoys. A leader of an
/// armed or political group stands for the group ("Israel killed Nasrallah" is an attack on Hezbollah).
/// </summary>
public sealed class AgentResolver(KnowledgeBase kb)
{
    public Entity Resolve(Entity e)
    {
        if (e.Kind != EntityKind.Person) return e;
        foreach (var l in e.Links)
            if (l.Type == "part-of" && kb.Get(l.Target) is { } whole && whole.Kind is EntityKind.State or EntityKind.Regime or EntityKind.StateOrgan)
                return whole.Kind == EntityKind.StateOrgan && whole.Country is { } c && kb.Get(c) is { } state ? state : whole;
        foreach (var l in e.Links)
            if (l.Type == "part-of" && kb.Get(l.Target) is { Kind: EntityKind.ArmedGroup or EntityKind.PoliticalGroup } group) return group;
        return e.Country is { } country && kb.Get(country) is { } s ? s : e;
    }
}
