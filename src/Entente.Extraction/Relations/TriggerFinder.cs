using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations;

/// <summary>
/// Finds relation triggers in a sentence. A word that is both verb and noun ("supplies", "transfer",
/// "attacks") is read as a noun after a determiner, a possessive or a modifier, else as a verb. "Help"
/// directly before another trigger ("helped revive") gives way to it.
/// </summary>
public sealed class TriggerFinder(TriggerLexicon lexicon)
{
    public void Find(SentenceAnalysis s)
    {
        var i = 0;
        while (i < s.Tokens.Count)
        {
            if (VerbOfName(s, i) is { } verb)
            {
                s.Triggers.Add(new TriggerMention(i, i + 1, verb));
                i++;
                continue;
            }
            if (!lexicon.Triggers.TryMatch(s.Tokens, i, out var entries, out var end) || InsideName(s, i) || ModifiesNoun(s, end) || Attributive(s, i, end) || ThemeOfGiving(s, i)
                || GerundAsNoun(s, i, end) || VerbFormAsNoun(s, i, end, entries) || VerbAfterArticle(s, i, end, entries))
            {
                i++;
                continue;
            }
            var entry = Choose(s, i, entries);
            if (entry is not null && !(entry.Relation == RelationTypes.Support.Id && entry.Frame == "directed" && (HelpsAnother(s, end) || HelpAsNoun(s, i)))
                && !(entry.Relation == RelationTypes.Occupation.Id && SeizedMateriel(s, i, end)))
                s.Triggers.Add(new TriggerMention(i, end, entry));
            // "used Israeli drones against Armenian positions": a verb another frame reads too ("used an Iranian air base")
            // may also put a weapon to use; that frame asks for its own materiel and target, so both can read it.
            foreach (var other in entries)
                if (other != entry && other.Frame == Frames.AimedFrame.WeaponUse && entry?.Frame != Frames.NominalFrame.Name) s.Triggers.Add(new TriggerMention(i, end, other));
            i = end;
        }
    }

    private TriggerEntry? Choose(SentenceAnalysis s, int i, TriggerEntry[] entries)
    {
        if (entries.Length == 1) return entries[0];
        // A news sentence does not open with a finite verb: "Attacks on tankers rose" opens with a noun.
        var nounish = i == 0 || i > 0 && lexicon.Words.Is(s.Tokens[i - 1], WordClass.TriggerNounContext) && !GerundWithObject(s, i) || i > 0 && s.MentionAt(i - 1) is { Role: not MentionRole.Actor } or { IsMateriel: true } or { Possessive: true }
            || AfterActVerb(s, i);
        return entries.FirstOrDefault(e => e.Frame == Frames.NominalFrame.Name == nounish) ?? entries[0];
    }

    /// <summary>
    /// "Iran arms Hezbollah", "Russia sanctions Estonian officials": an -s form that the lexicon reads only as a noun, or
    /// not at all ("arms" is materiel), is the verb of the name before it where it stands between the name and what it
    /// acts on, or before "and" and another such verb ("Iran arms and funds Hezbollah"; <see cref="SentenceAnalysis.VerbAfterName"/>),
    /// and reads as its bare form's verb. Null where the lexicon already has a verb reading of the word.
    /// </summary>
    private TriggerEntry? VerbOfName(SentenceAnalysis s, int i)
    {
        var w = s.Tokens[i].Lower;
        if (i == 0 || w.Length < 4 || !w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal) || !s.Tokens[i].IsWord || s.Tokens[i].IsCapitalized) return null;
        if (s.MentionAt(i - 1) is not { IsMateriel: false, Possessive: false, Form: not (MentionForm.Adjective or MentionForm.CompoundPart) } name
            || name.Last != i || !name.Entity.Kind.IsActorKind()) return null;
        if (lexicon.Triggers.TryGetWord(w, out var listed) && Array.Exists(listed, static e => e.IsVerb)) return null;
        if (!lexicon.Triggers.TryGetWord(w[..^1], out var bare) || Array.Find(bare, static e => e.IsVerb) is not { } verb) return null;
        return s.VerbAfterName(name, i, lexicon.Words) ? verb : null;
    }

    /// <summary>"captured munitions", "munitions captured in Ukraine", "captured two Ukrainian tanks": materiel right beside a verb of
    /// taking (past a word or two: "the", "two", "several") is what was taken, and taking weapons occupies no land.</summary>
    private static bool SeizedMateriel(SentenceAnalysis s, int i, int end)
    {
        if (i > 0 && s.MentionAt(i - 1) is { IsMateriel: true }) return true;
        var k = end;
        while (k < s.Tokens.Count && k < end + 2 && s.MentionAt(k) is null && (s.Tokens[k] is { IsWord: true, IsCapitalized: false } || s.Tokens[k].Shape == Tokens.TokenShape.Number)) k++;
        return s.MentionAt(k) is { IsMateriel: true } || s.MentionAt(k) is { Form: MentionForm.Adjective } origin && s.MentionAt(origin.Last) is { IsMateriel: true };
    }

    /// <summary>"accused Rwanda of backing the M23": an -ing form after "of" with an actor right after it (past an article)
    /// is a gerund acting on that actor, not a noun.</summary>
    private static bool GerundWithObject(SentenceAnalysis s, int i)
    {
        if (!s.Tokens[i - 1].Is("of") || !s.Tokens[i].Lower.EndsWith("ing", StringComparison.Ordinal) || i + 1 >= s.Tokens.Count) return false;
        var k = s.Tokens[i + 1].Is("the") && i + 2 < s.Tokens.Count ? i + 2 : i + 1;
        return s.MentionAt(k) is { IsActor: true, Possessive: false };
    }

    /// <summary>"carried out attacks against", "launched three raids on": what a verb of doing an act takes (past "out" and a
    /// number) is the act's noun.</summary>
    private bool AfterActVerb(SentenceAnalysis s, int i)
    {
        var k = i - 1;
        if (k >= 0 && s.Tokens[k].Shape == Tokens.TokenShape.Number) k--;
        if (k >= 0 && s.Tokens[k].Is("out")) k--;
        return k >= 0 && lexicon.Words.Is(s.Tokens[k], WordClass.AttackActVerb) && s.MentionAt(k) is null;
    }

    /// <summary>A bare noun-like trigger ("supply", not "supplied") right before such a head modifies it.</summary>
    private bool ModifiesNoun(SentenceAnalysis s, int end) =>
        end < s.Tokens.Count && end > 0 && lexicon.Words.Is(s.Tokens[end], WordClass.ModifiedHead) && !s.Tokens[end - 1].Lower.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"a small armed group", "the trained forces", "with armed drones": a participle between an article (and
    /// perhaps an adjective or adverb, by its ending: not "the group armed fighters") and a group noun describes the group,
    /// and so does one between a preposition and materiel; "Iran armed groups in Iraq" has an actor before it and stays a verb.</summary>
    private bool Attributive(SentenceAnalysis s, int i, int end)
    {
        if (end != i + 1 || end >= s.Tokens.Count || i == 0 || !s.Tokens[i].Lower.EndsWith("ed", StringComparison.Ordinal)) return false;
        if (s.MentionAt(end) is { IsMateriel: true } && s.MentionAt(i - 1) is null && lexicon.Words.Is(s.Tokens[i - 1], WordClass.Preposition) && !s.Tokens[i - 1].Is("to")) return true;
        if (!lexicon.Words.Is(s.Tokens[end], WordClass.AttributiveHead)) return false;
        var before = i - 1;
        if (s.MentionAt(before) is null && !lexicon.Words.Is(s.Tokens[before], WordClass.Article) && before > 0
            && s.Tokens[before].Shape == Tokens.TokenShape.Word && !s.Tokens[before].IsCapitalized && lexicon.Words.Is(s.Tokens[before], WordClass.AdjectiveEnding))
            before--;
        return s.MentionAt(before) is null && lexicon.Words.Is(s.Tokens[before], WordClass.Determiner);
    }

    /// <summary>"attacks on shipping in the strait", "raids against shipping.": a gerund after "on" or "against" with nothing
    /// it acts on after it (a stop, a comma or a preposition) is a noun; "insisted on shipping arms" keeps its object.</summary>
    private bool GerundAsNoun(SentenceAnalysis s, int i, int end) =>
        end == i + 1 && i > 0 && lexicon.Words.Is(s.Tokens[i - 1], WordClass.GerundNounPreposition) && s.Tokens[i].Lower.EndsWith("ing", StringComparison.Ordinal)
        && (end >= s.Tokens.Count || s.Tokens[end].Shape == Tokens.TokenShape.Punct || lexicon.Words.Is(s.Tokens[end], WordClass.Preposition));

    /// <summary>The frames that read a trigger as a noun where it stands.</summary>
    private static readonly HashSet<string> NounFrames = [Frames.NominalFrame.Name, .. new Frames.SymmetricFrame().Names];

    /// <summary>
    /// "strikes on ships", "paid with funds", "such ships", "Saudi ships", "attacking ships": a verb's -s form right after a
    /// preposition other than "to", after a determiner, a state's adjective or a gerund is a noun, and a trigger the
    /// lexicon reads only as a verb then says nothing ("ships" sends nothing there).
    /// </summary>
    private bool VerbFormAsNoun(SentenceAnalysis s, int i, int end, TriggerEntry[] entries)
    {
        if (end != i + 1 || i == 0 || s.Tokens[i - 1].Is("to") || !(lexicon.Words.Is(s.Tokens[i - 1], WordClass.Preposition) || lexicon.Words.Is(s.Tokens[i - 1], WordClass.NounPhraseOpener)
            || lexicon.Words.Is(s.Tokens[i - 1], WordClass.PossessivePronoun) || s.Tokens[i - 1].Is("such") || s.MentionAt(i - 1) is { Form: MentionForm.Adjective }
            || Gerund(s.Tokens[i - 1]))) return false;
        var w = s.Tokens[i].Lower;
        if (!w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal)) return false;
        // A noun's frame reads it in place: "the strikes on", "a round of talks between".
        foreach (var e in entries)
            if (NounFrames.Contains(e.Frame)) return false;
        return true;
    }

    /// <summary>
    /// "seized the ship with Iran's help", "a ship of the line", "a Greek ship": a word the lexicon reads only as a verb,
    /// right after an article (and perhaps a state's adjective), is a noun and says nothing (participles are left to
    /// <see cref="Attributive"/>, gerunds to the frames, and the words that frames read as nouns after an article to them).
    /// </summary>
    private bool VerbAfterArticle(SentenceAnalysis s, int i, int end, TriggerEntry[] entries)
    {
        // "a British-owned ship", "a Russian ship": a state's adjective between the article and the word changes nothing.
        var before = i - 1;
        if (before > 0 && s.MentionAt(before) is { Form: MentionForm.Adjective or MentionForm.CompoundPart } adjective) before = adjective.First - 1;
        if (end != i + 1 || before < 0 || !lexicon.Words.Is(s.Tokens[before], WordClass.Article) || s.MentionAt(before) is not null) return false;
        var w = s.Tokens[i].Lower;
        if (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)) return false;
        // Only the frames of verbs with an object: "the purchase of", "a visit to", "the presence of" are read as nouns
        // there by their own frames.
        foreach (var e in entries)
            if (!VerbObjectFrames.Contains(e.Frame) || e.Relation == RelationTypes.Visit.Id) return false;
        return true;
    }

    private static readonly HashSet<string> VerbObjectFrames = [.. new Frames.TransferFrame().Names, .. new Frames.DirectedFrame().Names];

    /// <summary>A lower-case "-ing" word that is no preposition ("including" is one): "attacking", "seizing".</summary>
    private bool Gerund(in Tokens.Token token) =>
        token.IsWord && !token.IsCapitalized && token.Lower.Length > 4 && token.Lower.EndsWith("ing", StringComparison.Ordinal) && !lexicon.Words.Is(token, WordClass.Preposition);

    /// <summary>"asked for help", "with the support of": help and support as nouns name no helper.</summary>
    private bool HelpAsNoun(SentenceAnalysis s, int i) => i > 0 && lexicon.Words.Is(s.Tokens[i - 1], WordClass.DeterminerBeforeHelpNoun)
        // "accused of helping Russia": a gerund after "of" is still a verb.
        && !(s.Tokens[i].Lower.EndsWith("ing", StringComparison.Ordinal) && lexicon.Words.Is(s.Tokens[i - 1], WordClass.GerundPreposition));

    /// <summary>"provided Moscow with diplomatic cover": after "with", a theme noun is what was given, not a relation of its own.</summary>
    private bool ThemeOfGiving(SentenceAnalysis s, int i) => s.IsWord(i - 1, "with") && lexicon.Themes.TryMatch(s.Tokens, i, out _, out _);

    private static bool InsideName(SentenceAnalysis s, int i) =>
        s.MentionAt(i) is { Form: not (MentionForm.Pronoun or MentionForm.Collective or MentionForm.Materiel) };

    private bool HelpsAnother(SentenceAnalysis s, int end)
    {
        var next = end < s.Tokens.Count && s.Tokens[end].Is("to") ? end + 1 : end;
        // "helping to drive Ukrainian troops out": help with a verb of its own names no one helped.
        if (next > end && next < s.Tokens.Count && s.MentionAt(next) is null && !s.Tokens[next].IsCapitalized && !lexicon.Words.Is(s.Tokens[next], WordClass.Determiner)) return true;
        return lexicon.Triggers.TryMatch(s.Tokens, next, out _, out _) || next < s.Tokens.Count && lexicon.Words.Is(s.Tokens[next], WordClass.VerbAfterHelp);
    }
}
