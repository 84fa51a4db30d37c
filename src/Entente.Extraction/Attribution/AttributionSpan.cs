using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Extraction.Attribution;

/// <summary>
/// Tokens [First, Last) of a sentence that a speaker says: a quote, or the clause of "X said". <see cref="Certainty"/>
/// is what the verb gives the content: "said" reports it, "claims" alleges it, "believes" makes it likely.
/// </summary>
public sealed record AttributionSpan(int First, int Last, string Speaker, Entity? SpeakerEntity, int CueFirst, int CueLast, bool Quoted = false,
    Certainty Certainty = Certainty.Reported);
