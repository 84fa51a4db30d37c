using Entente.Analysis.Graph;

namespace Entente.Analysis.Profile;

/// <summary>
/// Actor facts gathered while loading, for a snapshot that holds only some claims (the pair's): they were
/// read from every claim touching each actor, under one filter. Asking for any other actor or filter is
/// refused, because the snapshot's own claims could not answer it truthfully.
/// </summary>
public sealed class PreparedFacts(AnalysisFilter filter, IReadOnlyDictionary<string, ActorFacts> byActor)
{
    public ActorFacts For(string actor, AnalysisFilter asked) =>
        asked.SameAs(filter) && byActor.TryGetValue(actor, out var facts) ? facts
            : throw new InvalidOperationException(
                $"this snapshot was loaded for the facts of {string.Join(" and ", byActor.Keys)} under one filter; load the whole graph to ask about {actor} or another filter");
}
