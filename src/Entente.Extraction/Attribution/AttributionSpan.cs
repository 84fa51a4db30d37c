using Entente.Core.Entities;

namespace Entente.Extraction.Attribution;

/// <summary>Tokens [First, Last) of a sentence that a speaker says: a quote, or the clause of "X said".</summary>
public sealed record AttributionSpan(int First, int Last, string Speaker, Entity? SpeakerEntity, int CueFirst, int CueLast);
