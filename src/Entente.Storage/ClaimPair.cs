namespace Entente.Storage;

/// <summary>
/// A subject and object that affirmative claims link, as stored (no roll-up, verdicts not applied), with how many
/// affirmative claims do and how many of those have a symmetric relation. The store keeps one per directed pair,
/// updated in the transaction that stores the claims, so the actor network is read without reading every claim.
/// </summary>
public readonly record struct ClaimPair(string SubjectId, string ObjectId, int Affirmed, int Symmetric);
