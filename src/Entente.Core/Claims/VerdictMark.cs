namespace Entente.Core.Claims;

/// <summary>
/// How a claim an analyst rejected is marked when a view is asked to show it anyway (<c>--include-rejected</c>): a
/// property on the claim, so every view and export that carries claims carries the mark without a field of its own.
/// </summary>
public static class VerdictMark
{
    public const string Property = "verdict";
    public const string Rejected = "rejected";

    public static Claim MarkRejected(Claim c) =>
        IsRejected(c) ? c : c with { Properties = new Dictionary<string, string>(c.Properties, StringComparer.Ordinal) { [Property] = Rejected } };

    public static bool IsRejected(Claim c) => c.Properties.TryGetValue(Property, out var v) && v == Rejected;
}
