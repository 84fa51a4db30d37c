using Entente.Extraction.Lexicons;

namespace Entente.Training.Lexical;

/// <summary>A synset's address: its part of speech and its byte offset in that part's data file.</summary>
public readonly record struct SynsetId(PartOfSpeech Pos, int Offset);

/// <summary>
/// A pointer from one synset to another. <see cref="SourceWord"/> and <see cref="TargetWord"/> are 1-based word
/// numbers for a lexical pointer (a derived form links one word to one word) and 0 for a semantic one.
/// </summary>
public readonly record struct SynsetPointer(string Symbol, SynsetId Target, int SourceWord, int TargetWord)
{
    /// <summary>"~": a hyponym of a noun, a troponym of a verb (a more specific way to do it: bombard → shell).</summary>
    public bool IsNarrower => Symbol == "~";

    /// <summary>"+": a derivationally related form in another part of speech (bombard ↔ bombardment).</summary>
    public bool IsDerivation => Symbol == "+";
}

/// <summary>
/// One WordNet synset as its data file gives it: the lexicographer file it came from (<see cref="LexFile"/>: 04
/// noun.act, 06 noun.artifact, 18 noun.person …), its words (lower-cased lemmas, underscores for spaces) and its
/// pointers to verb and noun synsets (pointers to adjectives and adverbs are dropped); where it was read, for errors.
/// </summary>
public sealed record Synset(SynsetId Id, int LexFile, IReadOnlyList<string> Words, IReadOnlyList<SynsetPointer> Pointers, string Path, int Line);
