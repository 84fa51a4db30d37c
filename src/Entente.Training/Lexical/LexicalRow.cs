using Entente.Extraction.Lexicons;

namespace Entente.Training.Lexical;

/// <summary>One row of lexical-classes.tsv: a form, the lemma it inflects, as which part of speech, its class and hops.</summary>
public sealed record LexicalRow(string Form, string Lemma, PartOfSpeech Pos, LexicalClass Class, int Hops)
{
    /// <summary>The table's order: by form, then part of speech, then class id, all ordinal, so a rebuild is byte-identical.</summary>
    public static readonly IComparer<LexicalRow> TableOrder = Comparer<LexicalRow>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Form, b.Form);
        if (c == 0) c = string.CompareOrdinal(a.Pos.ToId(), b.Pos.ToId());
        if (c == 0) c = string.CompareOrdinal(a.Class.ToId(), b.Class.ToId());
        return c;
    });

    public string ToLine() => string.Join('\t', Form, Lemma, Pos.ToId(), Class.ToId(), Hops.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>One row of lemmas.tsv: an irregular form and a lemma it inflects.</summary>
public sealed record LemmaRow(string Form, string Lemma, PartOfSpeech Pos)
{
    public static readonly IComparer<LemmaRow> TableOrder = Comparer<LemmaRow>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Form, b.Form);
        if (c == 0) c = string.CompareOrdinal(a.Pos.ToId(), b.Pos.ToId());
        if (c == 0) c = string.CompareOrdinal(a.Lemma, b.Lemma);
        return c;
    });

    public string ToLine() => string.Join('\t', Form, Lemma, Pos.ToId());
}
