using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "Turkey keeps about 3,000 troops in northern Iraq", "the US has roughly 900 soldiers stationed in Syria": an actor
/// that has, keeps or maintains forces somewhere is present there; "has no troops in" says nothing here. The forces are
/// the nouns the theme table gives personnel-deployment; the verb is the actor's own verb and the place follows "in"
/// (perhaps after a word such as "northern"). A construction, not a trigger phrase: "has" and "keeps" occur in most texts.
/// </summary>
public sealed class ForcesKeptRule : IConstructionRule
{
    /// <summary>How many words ("about 3,000", "several thousand of its") may stand between the verb and the forces.</summary>
    private const int MostWordsBeforeForces = 5;

    public void Apply(FrameContext c)
    {
        var s = c.S;
        foreach (var place in s.Mentions)
        {
            if (!place.IsPlace || place.Role == MentionRole.Modifier) continue;
            var k = place.First - 1;
            // "in northern Iraq": a lower-case word or two before the place.
            for (var n = 0; n < 2 && k > 0 && s.Tokens[k].IsWord && !s.Tokens[k].IsCapitalized && !c.Words.Is(s.Tokens[k], WordClass.SitePreposition); n++) k--;
            if (k < 2 || !c.Words.Is(s.Tokens[k], WordClass.SitePreposition)) continue;
            k--;
            if (c.Words.Is(s.Tokens[k], WordClass.StationedParticiple)) k--;
            if (k < 1 || s.MentionAt(k) is not null || !c.PersonnelAt(k)) continue;
            if (KeepingVerbBefore(c, k) is not { } verb || c.Args.SubjectOf(verb, inherit: false) is not { } actors) continue;
            var t = TriggerMention.AtWord(s, verb, RelationTypes.Presence.Id, "forces-kept");
            // "keeps troops in Mali, Libya and Sudan": present in each.
            foreach (var p in c.Args.PlacesFrom(place))
                c.Emit(new FrameClaims(t, RelationTypes.Presence.Id, "presence.forces-kept", 60) { Subjects = SentenceArguments.Entities(actors), Objects = [p.Entity], Arguments = actors.Append(p) });
        }
    }

    /// <summary>The verb of keeping a few plain words or numbers before the forces ("keeps about 3,000"), or null.</summary>
    private static int? KeepingVerbBefore(FrameContext c, int forces)
    {
        var s = c.S;
        for (var k = forces - 1; k >= 0 && k >= forces - 1 - MostWordsBeforeForces; k--)
        {
            if (c.Words.Is(s.Tokens[k], WordClass.ForcesKeepingVerb)) return k;
            if (c.Words.Is(s.Tokens[k], WordClass.Negator)) return null;
            if (s.MentionAt(k) is { IsActor: true } || !(s.Tokens[k].IsWord && !s.Tokens[k].IsCapitalized || s.Tokens[k].Shape == Tokens.TokenShape.Number)) return null;
        }
        return null;
    }
}
