using Entente.Core.Ontology;

namespace Entente.Evaluation;

/// <summary>
/// How the certainty-scored gold claims were predicted: a count for each gold certainty (its main <c>cert</c>) and
/// predicted certainty (<see cref="Hit.CertaintyFor"/>: the one credited, else the first matching prediction's), and
/// how many of each gold certainty were right. A right prediction through <c>alt_cert</c> lies off the diagonal, so
/// the right count per row is kept beside the cells rather than read from them.
/// </summary>
public sealed class CertaintyConfusion
{
    private static readonly int Levels = Enum.GetValues<Certainty>().Length;

    private readonly int[,] _cells = new int[Levels, Levels];
    private readonly int[] _right = new int[Levels];

    public static CertaintyConfusion Empty { get; } = new();

    /// <summary>Gold claims of certainty <paramref name="gold"/> predicted as <paramref name="predicted"/>.</summary>
    public int this[Certainty gold, Certainty predicted] => _cells[(int)gold, (int)predicted];

    /// <summary>Gold claims of certainty <paramref name="gold"/> whose prediction counted as right.</summary>
    public int Right(Certainty gold) => _right[(int)gold];

    /// <summary>Gold claims of certainty <paramref name="gold"/> scored at all.</summary>
    public int Scored(Certainty gold)
    {
        var sum = 0;
        for (var p = 0; p < Levels; p++) sum += _cells[(int)gold, p];
        return sum;
    }

    /// <summary>The confusion of the gold claims of these hits, each scored once as <see cref="GoldScorer"/> scores it.</summary>
    public static CertaintyConfusion Of(IEnumerable<Hit> hits)
    {
        var confusion = new CertaintyConfusion();
        foreach (var h in hits)
            foreach (var g in h.Gold)
            {
                var predicted = h.CertaintyFor(g);
                confusion._cells[(int)g.Certainty, (int)predicted]++;
                if (g.AcceptedCertainties.Contains(predicted)) confusion._right[(int)g.Certainty]++;
            }
        return confusion;
    }

    public static CertaintyConfusion operator +(CertaintyConfusion a, CertaintyConfusion b)
    {
        var sum = new CertaintyConfusion();
        for (var g = 0; g < Levels; g++)
        {
            sum._right[g] = a._right[g] + b._right[g];
            for (var p = 0; p < Levels; p++) sum._cells[g, p] = a._cells[g, p] + b._cells[g, p];
        }
        return sum;
    }
}
