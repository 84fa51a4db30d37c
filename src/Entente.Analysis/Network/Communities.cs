using Entente.Core.Entities;

namespace Entente.Analysis.Network;

public sealed record Community(int Id, IReadOnlyList<EntityRef> Members);

/// <summary>
/// Communities by label propagation: every actor starts with its own label and, in a random order drawn
/// from the caller's Random, takes the label most common among its neighbours (the smallest on a tie),
/// until no label changes.
/// </summary>
public static class Communities
{
    public static int[] Labels(ActorNetwork net, Random random, int maxRounds = 100)
    {
        var labels = Enumerable.Range(0, net.Count).ToArray();
        var order = Enumerable.Range(0, net.Count).ToArray();
        var counts = new Dictionary<int, int>();
        for (var round = 0; round < maxRounds; round++)
        {
            random.Shuffle(order);
            var changed = false;
            foreach (var v in order)
            {
                if (net.Neighbors[v].Length == 0) continue;
                counts.Clear();
                foreach (var w in net.Neighbors[v]) counts[labels[w]] = counts.GetValueOrDefault(labels[w]) + 1;
                var top = counts.Values.Max();
                // Keep the current label when it is among the most common, so the process settles.
                var best = counts.TryGetValue(labels[v], out var own) && own == top ? labels[v] : counts.Where(kv => kv.Value == top).Min(kv => kv.Key);
                if (best == labels[v]) continue;
                labels[v] = best;
                changed = true;
            }
            if (!changed) break;
        }
        return labels;
    }
}
