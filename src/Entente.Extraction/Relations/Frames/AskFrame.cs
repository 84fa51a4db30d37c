using Entente.Core.Ontology;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Requests: "Iran asked Russia for help with its nuclear program" is a claim that Russia helps Iran with
/// nuclear work, in phase requested. The theme after the request picks the relation (materiel → arms-transfer).
/// </summary>
public sealed class AskFrame : ITriggerFrame
{
    public IReadOnlyList<string> Names { get; } = ["ask"];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        // "sought to build ties": seeking to do something is no request to anyone.
        if (Infinitive(c, t.Last)) return;
        var asker = a.SubjectOf(t.First);
        var askee = a.ObjectAfter(t.Last);
        if (asker is null || askee is null) return;
        // "asked Peru to justify the lease": a demand to do what no relation names is not a request for help;
        // "asked Russia to supply drones" still is.
        var after = askee[^1].Last;
        var infinitive = Infinitive(c, after);
        var askedVerb = infinitive ? c.S.Triggers.FirstOrDefault(x => x.First == after + 1) : null;
        if (infinitive && askedVerb is null && c.Theme(after + 1, Math.Min(c.S.Tokens.Count, after + 5)) is null) return;
        var end = c.S.Tokens.Count;
        for (var k = t.Last; k < c.S.Tokens.Count; k++)
            if (c.S.HardBreakAfter[k]) { end = k; break; }
        var materiel = c.MaterielIn(t.Last, end);
        // "asked Venezuela for an explanation": what is asked "for" is no help, weapons or other relation's theme.
        if (c.S.IsWord(after, "for") && !AskedForHelp(c, after + 1, Math.Min(end, after + 8)) && c.MaterielIn(after + 1, Math.Min(end, after + 8)).Count == 0) return;
        // "turned to Turkey to protect the pipeline": the verb asked for names the relation, before any theme after it;
        // help asked for is what the theme says ("asked Washington to help it build reactors").
        var asked = askedVerb?.Entry.Relation;
        if (asked == RelationTypes.Support.Id) asked = null;
        // "asked Russia to send back its nationals": a verb of giving names no relation of its own, its theme or weapons
        // do ("asked Russia to send drones"); with neither, nothing asked for is a relation.
        if (askedVerb?.Entry.Frame == TransferFrame.Light)
        {
            if (c.Theme(t.Last, end) is null && materiel.Count == 0) return;
            asked = null;
        }
        var relation = asked ?? c.Theme(t.Last, end)?.Relation ?? (materiel.Count > 0 ? RelationTypes.ArmsTransfer.Id : RelationTypes.Support.Id);
        if (relation == RelationTypes.Support.Id && materiel.Count > 0) relation = RelationTypes.ArmsTransfer.Id;
        foreach (var m in askee) a.TakenAsObject.Add(m);
        a.LastSubject = asker;
        c.Emit(new FrameClaims(t, relation, "request.ask", 60) { Subjects = SentenceArguments.Entities(askee), Objects = SentenceArguments.Entities(asker), Arguments = asker.Concat(askee), Materiel = materiel, Phase = Phase.Requested });
    }

    /// <summary>A theme or a word of help in the few words after "for" ("for military assistance", "for help").</summary>
    private static bool AskedForHelp(FrameContext c, int from, int to)
    {
        if (c.Theme(from, to) is not null) return true;
        for (var k = from; k < to; k++)
            if (c.Words.Is(c.S.Tokens[k], Lexicons.WordClass.HelpNoun)) return true;
        return false;
    }

    /// <summary>"to" and a verb at <paramref name="k"/>: no actor, article or determiner follows the "to".</summary>
    private static bool Infinitive(FrameContext c, int k) =>
        c.S.IsWord(k, "to") && k + 1 < c.S.Tokens.Count && c.S.MentionAt(k + 1) is null && !c.S.Tokens[k + 1].IsCapitalized
        && !c.Words.Is(c.S.Tokens[k + 1], Lexicons.WordClass.Article) && !c.Words.Is(c.S.Tokens[k + 1], Lexicons.WordClass.Determiner);
}
