using Entente.Core.Claims;
using Entente.Core.Ontology;

namespace Entente.Storage;

/// <summary>What an affirmative claim says about one of its parties that an alliance profile asks of that party.</summary>
public enum ActorFactKind
{
    /// <summary>The claim has a place: the party is where the place is.</summary>
    Place = 1,

    /// <summary>No place, the relation's object is a place (presence, occupation): the subject is where the object is.</summary>
    ObjectPlace = 2,

    /// <summary>No place, a directed relation: the subject acts where the object (an actor, not materiel or a company) is at home.</summary>
    ObjectHome = 3,

    /// <summary>The other party is a client: the subject backs the object, or the object is the patron of a client subject.</summary>
    Client = 4,

    /// <summary>The other party pressed this one (the object) over the years the claim covers.</summary>
    Pressure = 5,
}

/// <summary>
/// How many affirmative claims say one fact of one actor, as stored: no roll-up, verdicts not applied, and nothing
/// the knowledge base decides (which country a place is in, what kind an entity is), so the rows stay right when
/// the knowledge base changes. The store keeps them in the transactions that store claims; a profile reads a hub's
/// few thousand facts instead of the hundreds of thousands of claims that touch it. Years are 0 but for pressure.
/// </summary>
public readonly record struct ActorFact(string ActorId, ActorFactKind Kind, string OtherId, int FromYear, int ToYear, int Claims);

/// <summary>The facts one claim gives its parties: the one definition the stores' write path and the readers that correct it share.</summary>
public static class ActorFactRows
{
    /// <summary>Certainties that say a thing happened; only their claims give facts.</summary>
    public static bool Counts(Certainty c) => c <= Certainty.Possible;

    /// <summary>
    /// The facts of one claim as stored, each with one claim. The client fact goes to one party only (a relation of the
    /// ontology backs or makes a client, never both), so the facts of a claim between two members of one sponsor count once.
    /// </summary>
    public static IEnumerable<ActorFact> Of(ClaimOutline c)
    {
        if (!Counts(c.Certainty)) yield break;
        var known = RelationTypes.TryGet(c.Relation, out var t);
        if (c.PlaceId is { } place)
        {
            yield return new(c.SubjectId, ActorFactKind.Place, place, 0, 0, 1);
            if (c.ObjectId is not null) yield return new(c.ObjectId, ActorFactKind.Place, place, 0, 0, 1);
        }
        if (c.ObjectId is not { } obj) yield break;
        if (c.PlaceId is null && !(known && t.Symmetric))
            yield return new(c.SubjectId, known && t.ObjectIsPlace ? ActorFactKind.ObjectPlace : ActorFactKind.ObjectHome, obj, 0, 0, 1);
        if (known && t.Backing) yield return new(c.SubjectId, ActorFactKind.Client, obj, 0, 0, 1);
        else if (known && t.Client) yield return new(obj, ActorFactKind.Client, c.SubjectId, 0, 0, 1);
        if (known && t.Pressure && c.From is { } from && c.To is { } to) yield return new(obj, ActorFactKind.Pressure, c.SubjectId, from.Year, to.Year, 1);
    }
}
