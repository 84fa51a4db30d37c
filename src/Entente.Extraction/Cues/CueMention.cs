using Entente.Core.Ontology;

namespace Entente.Extraction.Cues;

/// <summary>
/// Where a cue reaches: the triggers after it in its clause, every trigger of its clause (an adverb of the whole
/// predication: "cooperation between them has reportedly grown"), the rest of the sentence, or the trigger before it.
/// </summary>
public enum CueScope { Next, Clause, Rest, Previous }

/// <summary>
/// A certainty, phase or negation cue in a sentence, tokens [First, Last). A refusal ("refused to") is a negation
/// that turns a hostile act into support for its target: refusing to sanction Moscow is diplomatic cover.
/// </summary>
public sealed record CueMention(int First, int Last, string Text, Certainty? Certainty, Phase? Phase, bool Negation, CueScope Scope, bool Refusal = false);
