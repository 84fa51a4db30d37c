namespace Entente.Extraction.Sentences;

/// <summary>A sentence as offsets into the document text; <see cref="IsHeading"/> for a line without closing punctuation.</summary>
public readonly record struct SentenceSpan(int Start, int End, bool IsHeading);
