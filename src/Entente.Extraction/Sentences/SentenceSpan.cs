namespace Entente.Extraction.Sentences;

/// <summary>
/// A sentence as offsets into the document text; <see cref="IsHeading"/> for a line without closing punctuation.
/// <see cref="Paragraph"/> numbers the document's non-empty lines from 0: sentences of one line share it, so a dated
/// narrative can carry its time to the sentences that continue it.
/// </summary>
public readonly record struct SentenceSpan(int Start, int End, bool IsHeading, int Paragraph = 0);
