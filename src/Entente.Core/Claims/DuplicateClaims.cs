namespace Entente.Core.Claims;

/// <summary>
/// What happens when two producers make a claim with the same id (the same statement from the same words):
/// one claim is kept, and its producer's <see cref="Producer.Rules"/> records the other producer, so no rule's
/// work is lost from view. Extraction keeps the first claim it made; the claim-id migration keeps the claim whose
/// producer name sorts first.
/// </summary>
public static class DuplicateClaims
{
    /// <summary>The kept claim, its producer now also naming <paramref name="duplicate"/>'s producer and the rules that one recorded.</summary>
    public static Claim Merge(Claim kept, Claim duplicate)
    {
        var rules = kept.Producer.Rules
            .Concat(duplicate.Producer.Rules.Prepend(duplicate.Producer.Name))
            .Where(name => name != kept.Producer.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return rules.Count == kept.Producer.Rules.Count ? kept : kept with { Producer = kept.Producer with { Rules = rules } };
    }
}
