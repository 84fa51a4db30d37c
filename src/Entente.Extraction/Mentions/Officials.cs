using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Extraction.Mentions;

/// <summary>
/// An official the knowledge base lacks ("Defence Minister Jane Doe" of a named state): a provisional person with a
/// part-of link to the state, the title as the link's role. <see cref="Claims.AgentResolver"/> makes the official
/// stand for the state in claims (CONVENTIONS (c)) except where a claim is about the person: their membership and
/// sanctions on them.
/// </summary>
internal static class Officials
{
    public static Entity Person(ProvisionalEntities found, string name, Entity state, string? role)
    {
        var person = found.Get(name, name, EntityKind.Person, state.Id, [new EntityLink(RelationTypes.PartOf.Id, state.Id) { Role = role }]);
        var surname = name.Split(' ')[^1];
        if (surname.Length >= 3 && surname != name) found.Remember(surname, person);
        return person;
    }
}
