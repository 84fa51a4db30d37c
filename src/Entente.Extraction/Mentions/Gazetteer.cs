using System.Runtime.InteropServices;
using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Tokens;
using Entente.Knowledge;

namespace Entente.Extraction.Mentions;

/// <summary>
/// Every surface form of the knowledge base and of the generic materiel lexicon, as a token trie,
/// plus a table of single words and prefixes ("Russo-") for the parts of hyphenated words.
/// </summary>
public sealed class Gazetteer
{
    private readonly PhraseTable<GazetteerEntry[]> _phrases = new();
    private readonly Dictionary<string, GazetteerEntry> _parts = new(StringComparer.Ordinal);

    /// <summary>Common English words: an acronym that spells one ("PLAN") is not written as a name ("Plan").</summary>
    private readonly WordSet _commonWords;

    public Gazetteer(KnowledgeBase kb, WordSet commonWords)
    {
        _commonWords = commonWords;
        var grouped = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        var order = kb.Entities.OrderBy(e => e.Kind).ThenBy(e => e.Id, StringComparer.Ordinal);
        foreach (var e in order)
        {
            foreach (var n in e.Aliases.Prepend(e.Name)) AddForm(grouped, e, n, IsAcronym(n) ? MentionForm.Acronym : MentionForm.Name);
            foreach (var m in e.Metonyms) AddForm(grouped, e, m, MentionForm.Metonym);
            foreach (var a in e.Adjectives) AddForm(grouped, e, a, MentionForm.Adjective);
            // "supplied the Russians with drones", "clashed with the Israelis": a state's people named with the article act
            // for it (without it, "Ukrainians fled" are people).
            if (e.Kind == EntityKind.State)
                foreach (var a in e.Adjectives)
                    if (PluralDemonym(a) is { } plural) AddForm(grouped, e, "the " + plural, MentionForm.Name, keepArticle: true);
            if (e.Kind == EntityKind.Materiel)
                foreach (var n in e.Aliases.Prepend(e.Name).Where(n => !n.EndsWith('s')).ToList())
                    AddForm(grouped, e, n + "s", MentionForm.Materiel);
        }
        foreach (var (_, cols) in LexiconFiles.Read("materiel.tsv", 3))
        {
            var entity = kb.Get(cols[1]) is { Kind: EntityKind.Materiel } known ? known
                : new Entity { Id = cols[1], Name = cols[2], Kind = EntityKind.Materiel };
            foreach (var f in LexiconFiles.Forms(cols[0])) AddForm(grouped, entity, f, MentionForm.Materiel);
        }
        foreach (var (key, list) in grouped) _phrases.Add(key, list.ToArray());
    }

    public int Count => _phrases.Count;

    /// <summary>"Russians", "Israelis": the plural of a one-word demonym that ends in -n or -i (not "British" or "Chinese").</summary>
    private static string? PluralDemonym(string adjective) =>
        adjective.Length >= 4 && adjective.All(char.IsLetter) && adjective[^1] is 'n' or 'i' ? adjective + "s" : null;

    private void AddForm(Dictionary<string, List<GazetteerEntry>> grouped, Entity e, string surface, MentionForm form, bool keepArticle = false)
    {
        var text = surface.Trim();
        if (text.EndsWith('-'))
        {
            _parts.TryAdd(text[..^1].ToLowerInvariant(), Entry(e, form, text, Tokenizer.Tokenize(text[..^1])));
            return;
        }
        var tokens = Tokenizer.Tokenize(text);
        // "the West" is an actor where "West Africa" and "the west of the country" are places: a compass point keeps its
        // article and its capital.
        var withArticle = keepArticle && tokens is [_, _] && tokens[0].Is("the") && tokens[1].IsCapitalized
            || tokens is [_, _] && tokens[0].Is("the") && tokens[1].IsCapitalized && CompassPoints.Contains(tokens[1].Lower);
        if (tokens.Count > 1 && tokens[0].Is("the") && !withArticle) tokens.RemoveAt(0);
        if (tokens.Count == 0 || (tokens.Count == 1 && tokens[0].Text.Length < 2)) return;
        // The key is tokenized again by the phrase table: a possessive must stay attached ("people's liberation army").
        var key = string.Join(' ', tokens.Select(t => t.Lower)).Replace(" 's", "'s", StringComparison.Ordinal);
        if (!grouped.TryGetValue(key, out var list)) grouped[key] = list = [];
        var same = list.FindIndex(x => x.Entity.Id == e.Id);
        if (same < 0) list.Add(withArticle ? new(e, form, text, [null, tokens[1].Text], false) : Entry(e, form, text, tokens));
        // "Al-Shabaab" and "al-Shabaab" share a key: the form written in lower case says the name may begin so, and keeps it.
        else if (list[same].FirstCapitalized && tokens.Count > 0 && !tokens[0].IsCapitalized && !tokens[0].IsAllCaps) list[same] = Entry(e, list[same].Form, text, tokens);
        if (tokens.Count == 1 && form is not MentionForm.Materiel) _parts.TryAdd(key, list[0]);
    }

    /// <remarks>
    /// An all-capitals token must match exactly ("US" is not "us"), except an acronym of four letters or more standing
    /// alone that spells no common word, which British style writes as a name: "Nato", "Opec", "Ecowas" are NATO, OPEC
    /// and ECOWAS (its capital stays required), where "Plan" is not the PLA Navy.
    /// </remarks>
    private GazetteerEntry Entry(Entity e, MentionForm form, string text, List<Token> tokens) =>
        new(e, form, text, tokens.Select(t => t.IsAllCaps && !WrittenAsName(tokens) ? t.Text : null).ToArray(), tokens.Count > 0 && tokens[0].IsCapitalized);

    private bool WrittenAsName(List<Token> tokens) =>
        tokens is [{ Text.Length: >= 4 } t] && t.Text.All(char.IsLetter) && !_commonWords.Contains(t.Lower);

    private static readonly HashSet<string> CompassPoints = new(StringComparer.Ordinal) { "north", "south", "east", "west" };

    private static bool IsAcronym(string name) => name.Length <= 6 && Tokenizer.Tokenize(name) is [{ IsAllCaps: true }];

    /// <summary>The longest form starting at token <paramref name="at"/> whose case fits the text.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int at, out GazetteerEntry[] entries, out int end) =>
        _phrases.TryMatch(tokens, at, tokens, static (toks, list, start, _) => FirstFitting(list, toks, start) is not null, out entries, out end);

    /// <summary>As above for a sentence's own token list (the common case), without interface calls per token.</summary>
    public bool TryMatch(List<Token> tokens, int at, out GazetteerEntry[] entries, out int end)
    {
        if (_phrases.MayStartAt(tokens, at))
            return _phrases.TryMatch(tokens, at, tokens, static (toks, list, start, _) => FirstFitting(list, toks, start) is not null, out entries, out end);
        entries = null!;
        end = -1;
        return false;
    }

    public static GazetteerEntry? FirstFitting(GazetteerEntry[] entries, IReadOnlyList<Token> tokens, int start)
    {
        foreach (var e in entries)
            if (CaseFits(e, tokens, start)) return e;
        return null;
    }

    /// <summary>As above for a sentence's own token list, read in place: a name is found at every sixth word or so, and each
    /// match is checked for every prefix with a value, so interface calls and token copies here added up.</summary>
    public static GazetteerEntry? FirstFitting(GazetteerEntry[] entries, List<Token> tokens, int start)
    {
        var span = CollectionsMarshal.AsSpan(tokens);
        foreach (var e in entries)
            if (CaseFits(e, span, start)) return e;
        return null;
    }

    public static bool CaseFits(GazetteerEntry e, IReadOnlyList<Token> tokens, int start)
    {
        if (e.FirstCapitalized && !char.IsUpper(tokens[start].Text[0])) return false;
        for (var k = 0; k < e.ExactTokens.Length && start + k < tokens.Count; k++)
            if (e.ExactTokens[k] is { } exact && !string.Equals(tokens[start + k].Text, exact, StringComparison.Ordinal))
                return false;
        return true;
    }

    private static bool CaseFits(GazetteerEntry e, ReadOnlySpan<Token> tokens, int start)
    {
        if (e.FirstCapitalized && !char.IsUpper(tokens[start].Text[0])) return false;
        for (var k = 0; k < e.ExactTokens.Length && start + k < tokens.Length; k++)
            if (e.ExactTokens[k] is { } exact && !string.Equals(tokens[start + k].Text, exact, StringComparison.Ordinal))
                return false;
        return true;
    }

    /// <summary>A name, adjective or prefix ("russo") that a part of a hyphenated word can be.</summary>
    public GazetteerEntry? Part(string lowerPart) => _parts.GetValueOrDefault(lowerPart);
}
