using Entente.Core.Entities;

namespace Entente.Extraction.Relations;

/// <summary>
/// What one document's sentences have said that a later sentence may leave unsaid: made for each document by the
/// relation stage, read and written by the rules in sentence order.
/// </summary>
public sealed class StoryMemory
{
    /// <summary>The actor last named as imposing sanctions or designations, and in which sentence.</summary>
    public Entity? Sanctioner { get; private set; }
    public int SanctionerSentence { get; private set; } = -1;

    public void RememberSanctioner(Entity actor, int sentence) => (Sanctioner, SanctionerSentence) = (actor, sentence);
}
