using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;

namespace Entente.Extraction.Cues;

/// <summary>The certainty, phase and negation cues of lexicons/cues.tsv as one phrase table.</summary>
public sealed class CueLexicon
{
    public sealed record Entry(Certainty? Certainty, Phase? Phase, bool Negation, CueScope Scope, bool Refusal = false);

    public PhraseTable<Entry> Table { get; } = new();

    public CueLexicon()
    {
        foreach (var (line, cols) in LexiconFiles.Read("cues.tsv", 4))
        {
            var scope = cols[3] switch
            {
                "next" => CueScope.Next,
                "clause" => CueScope.Clause,
                "rest" => CueScope.Rest,
                "previous" => CueScope.Previous,
                _ => throw new FormatException($"lexicons/cues.tsv:{line}: scope must be next, clause, rest or previous"),
            };
            Entry entry = cols[1] switch
            {
                "certainty" when CertaintyScales.TryParseCertainty(cols[2], out var c) => new(c, null, false, scope),
                "phase" when CertaintyScales.TryParsePhase(cols[2], out var p) => new(null, p, false, scope),
                "negation" when cols[2] == "refusal" => new(null, null, true, scope, Refusal: true),
                "negation" => new(null, null, true, scope),
                _ => throw new FormatException($"lexicons/cues.tsv:{line}: unknown cue '{cols[1]} {cols[2]}'"),
            };
            foreach (var f in LexiconFiles.Forms(cols[0])) Table.Add(f, entry);
        }
    }
}
