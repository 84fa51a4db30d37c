using Entente.Core.Entities;

namespace Entente.Extraction.Mentions;

internal static class EntityKindExtensions
{
    /// <summary>Actors, and places that are states (a state can act and be a place).</summary>
    public static bool IsActorKind(this EntityKind kind) => kind.IsActor();
}
