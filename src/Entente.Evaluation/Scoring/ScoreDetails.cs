using Entente.Core.Claims;
using Entente.Core.Ontology;

namespace Entente.Evaluation;

/// <summary>A required gold triple that was predicted: the gold claims under it and the predictions that matched it.</summary>
public sealed record Hit(GoldTriple Triple, IReadOnlyList<GoldClaim> Gold, IReadOnlyList<Claim> Predicted)
{
    /// <summary>
    /// The certainty the hit gives gold claim <paramref name="g"/>: the first matching prediction's that the claim
    /// accepts (its <c>cert</c> or an <c>alt_cert</c>), else the first matching prediction's. Any accepted one makes
    /// the claim right, as score.py counts it.
    /// </summary>
    public Certainty CertaintyFor(GoldClaim g)
    {
        foreach (var c in Predicted)
            if (g.AcceptedCertainties.Contains(c.Certainty)) return c.Certainty;
        return Predicted[0].Certainty;
    }
}

/// <summary>A required gold triple nothing matched, with the sentence of its (first) gold claim's evidence.</summary>
public sealed record Miss(GoldTriple Triple, IReadOnlyList<GoldClaim> Gold, string Sentence);

/// <summary>A predicted triple no gold claim accounts for, with the sentence of its first prediction's evidence.</summary>
public sealed record FalsePositive(GoldTriple Triple, IReadOnlyList<Claim> Predicted, string Sentence);

/// <summary>
/// A matched gold claim whose certainty no matching prediction had (ids sorted as score.py prints them), with the
/// matching predictions, whose evidence shows where each certainty came from.
/// </summary>
public sealed record WrongCertainty(GoldTriple Triple, GoldClaim Gold, IReadOnlyList<string> Wanted, IReadOnlyList<string> Got, string Sentence, IReadOnlyList<Claim> Predicted);

/// <summary>A matched gold claim whose years no matching prediction's time overlapped (a span end is null for a prediction without time).</summary>
public sealed record WrongTime(GoldTriple Triple, GoldClaim Gold, (int From, int To) Wanted, IReadOnlyList<(int? From, int? To)> Got, string Sentence);

/// <summary>The score of one document: its counts, its relation table, and each hit, miss, false positive, wrong certainty and wrong time.</summary>
public sealed record DocumentScore(
    string Name,
    ScoreCounts Counts,
    IReadOnlyList<RelationScore> Relations,
    IReadOnlyList<Hit> Hits,
    IReadOnlyList<Miss> Misses,
    IReadOnlyList<FalsePositive> FalsePositives,
    IReadOnlyList<WrongCertainty> WrongCertainty,
    IReadOnlyList<WrongTime> WrongTime);
