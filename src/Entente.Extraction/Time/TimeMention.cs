using Entente.Core.Time;

namespace Entente.Extraction.Time;

/// <summary>A time expression found in a sentence, tokens [First, Last), normalized to an interval.</summary>
public sealed record TimeMention(int First, int Last, ClaimTime Time);
