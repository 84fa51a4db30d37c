using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Tokens;
using Entente.Knowledge;

namespace Entente.Extraction.Mentions;

/// <summary>
/// Finds the entities each sentence names: longest gazetteer match over tokens, the parts of
/// hyphenated words ("Russo-Iranian" → Russia and Iran, "Russian-backed" → Russia), possessives, then
/// officials, names the knowledge base lacks (provisional entities, one registry per document), unnamed
/// collectives and the role each mention plays.
/// </summary>
public sealed class MentionStage(Gazetteer gazetteer, MentionLexicons lexicons, KnowledgeBase kb) : IExtractionStage
{
    private readonly OfficialFinder _officials = new(lexicons, kb);
    private readonly ProvisionalNameFinder _provisional = new(lexicons, kb);
    private readonly CollectiveFinder _collectives = new(lexicons);
    private readonly MentionRoles _roles = new(lexicons);

    public void Run(DocumentAnalysis analysis)
    {
        var provisional = new ProvisionalEntities(kb);
        foreach (var s in analysis.EachSentence())
        {
            FindNames(s);
            JoinUnhyphenatedCompounds(s);
            _officials.Apply(s, provisional);
            s.SortMentions();
            _provisional.Apply(s, provisional);
            _collectives.Apply(s);
            s.SortMentions();
            _roles.Apply(s);
            RegimePhraseFinder.Apply(s, lexicons.Words);
        }
    }

    private void FindNames(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Shape == TokenShape.Punct)
            {
                i++;
                continue;
            }
            if (gazetteer.TryMatch(tokens, i, out var entries, out var end) && Gazetteer.FirstFitting(entries, tokens, i) is { } entry)
            {
                // "The Washington Post reported …": a capital in a newspaper's name is no metonym of its state.
                if (entry.Form == MentionForm.Metonym && end < tokens.Count && tokens[end].IsCapitalized && lexicons.Words.Is(tokens[end], WordClass.OutletNameHead))
                {
                    i = end + 1;
                    continue;
                }
                // "millions of U.S. dollars", "Iranian rials": a state's name before a currency names the money.
                if (end < tokens.Count && lexicons.Words.Is(tokens[end], WordClass.CurrencyWord) && entry.Entity.Kind is EntityKind.State)
                {
                    i = end + 1;
                    continue;
                }
                s.Mentions.Add(new EntityMention(i, end, entry.Entity, entry.Form) { Possessive = s.IsWord(end, "'s") });
                i = end;
                continue;
            }
            if (tokens[i].Text.Contains('-')) i += AddParts(s, i);
            i++;
        }
    }

    /// <summary>
    /// "the Turkish sponsored Syrian National Army", "Russian backed separatists": a demonym and a backing participle written
    /// without the hyphen are the same compound as "Iranian-sponsored", and read as one.
    /// </summary>
    private void JoinUnhyphenatedCompounds(SentenceAnalysis s)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Form != MentionForm.Adjective || m.Last != m.First + 1 || m.Last + 1 >= s.Tokens.Count) continue;
            var next = s.Tokens[m.Last];
            if (!next.IsWord || next.IsCapitalized || !lexicons.Words.Is(next, WordClass.BackedSuffix) || s.IsWord(m.Last + 1, "by")) continue;
            m.Form = MentionForm.CompoundPart;
            m.Suffix = next.Lower;
            m.Last++;
        }
    }

    /// <summary>Adds the names a hyphenated word joins ("Russo-Iranian", "Iran-backed"); returns how many tokens after it
    /// its last name went on into ("Russia-North Korea": 1), which are then read no further.</summary>
    private int AddParts(SentenceAnalysis s, int i)
    {
        var token = s.Tokens[i];
        var parts = token.Lower.Split('-');
        var found = new List<EntityMention>(2);
        var suffixFrom = parts.Length;
        var spill = 0;
        for (var p = 0; p < parts.Length; p++)
        {
            if (gazetteer.Part(parts[p]) is { } entry && (!entry.FirstCapitalized || char.IsUpper(PartText(token.Text, p)[0])))
            {
                if (found.Any(f => f.Entity.Id == entry.Entity.Id)) continue;
                found.Add(new EntityMention(i, i + 1, entry.Entity, MentionForm.CompoundPart));
                suffixFrom = p + 1;
            }
            else if (p > 0 && p == parts.Length - 1 && found.Count > 0 && NameGoingOn(s, i, PartText(token.Text, p)) is { } goingOn)
            {
                found.Add(new EntityMention(i, i + 1, goingOn.Entity, MentionForm.CompoundPart));
                (suffixFrom, spill) = (parts.Length, goingOn.Extra);
            }
            else if (found.Count > 0 || p > 0) break;
            else return 0;
        }
        if (found.Count == 0) return 0;
        var suffix = suffixFrom < parts.Length ? string.Join('-', parts[suffixFrom..]) : null;
        foreach (var m in found)
        {
            m.Suffix = suffix;
            m.Possessive = s.IsWord(i + 1, "'s");
            s.Mentions.Add(m);
        }
        return spill;
    }

    /// <summary>
    /// "the Russia-North Korea alliance", "the China-South Africa alliance": the last part of a hyphenated word that begins a name of
    /// several words going on after it. The entity and how many tokens after the word the name takes; null when none does.
    /// </summary>
    private (Entity Entity, int Extra)? NameGoingOn(SentenceAnalysis s, int i, string lastPart)
    {
        if (lastPart.Length == 0 || !char.IsUpper(lastPart[0]) || i + 1 >= s.Tokens.Count) return null;
        var phrase = Tokenizer.Tokenize(lastPart);
        var take = Math.Min(3, s.Tokens.Count - i - 1);
        for (var k = 1; k <= take; k++) phrase.Add(s.Tokens[i + k]);
        if (!gazetteer.TryMatch((IReadOnlyList<Token>)phrase, 0, out var entries, out var end) || end < 2 || Gazetteer.FirstFitting(entries, (IReadOnlyList<Token>)phrase, 0) is not { } entry)
            return null;
        return entry.Entity.Kind.IsActorKind() ? (entry.Entity, end - 1) : null;
    }

    private static string PartText(string text, int index) => text.Split('-')[index];
}
