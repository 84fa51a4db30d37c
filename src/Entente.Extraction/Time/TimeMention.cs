using Entente.Core.Time;

namespace Entente.Extraction.Time;

/// <summary>
/// A time expression found in a sentence, tokens [First, Last), normalized to an interval. An attributive one ("the
/// 1974 disengagement line", "a 2020 sanctions notice") dates only the noun it modifies, not its clause.
/// </summary>
public sealed record TimeMention(int First, int Last, ClaimTime Time, bool Attributive = false)
{
    /// <summary>How far after an attributive time the noun it dates may stand ("a 2020 US sanctions notice").</summary>
    public const int AttributiveReach = 3;

    /// <summary>Whether this time can date a trigger at token <paramref name="trigger"/>.</summary>
    public bool Dates(int trigger) => !Attributive || trigger >= Last && trigger < Last + AttributiveReach;
}
