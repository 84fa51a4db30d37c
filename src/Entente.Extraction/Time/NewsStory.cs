using Entente.Core.Entities;
using Entente.Core.Time;
using Entente.Extraction.Claims;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations;

namespace Entente.Extraction.Time;

/// <summary>
/// The news event a report is about, as its lede tells it, and what follows from it: a later claim of the same kind
/// that shares a party with a claim of the lede ("The US on Thursday sanctioned two firms. … Treasury also sanctioned
/// their director.") belongs to the same story and takes its time. The time of the story is the lede's own time
/// expression, else the dateline's day or the publication date. Built once per document from all its drafts, so it
/// serves every producer of drafts alike.
/// </summary>
public sealed class NewsStory
{
    private readonly record struct Event(string Relation, string Subject, string? Object, ClaimTime Time);

    private readonly List<Event> _events = [];
    // A lede names a handful of relations and actors: lists are cheaper to make and search than sets.
    private readonly List<string> _relations = [];
    private readonly List<string> _parties = [];
    private readonly int _lede;
    private readonly ClaimTime? _newsTime;
    private readonly Func<Entity, Entity> _party;

    /// <param name="party">Who a draft's subject or object counts as (an official as the state, …), so that parties compare alike.</param>
    public NewsStory(DocumentAnalysis analysis, Func<Entity, Entity> party, WordClasses words)
    {
        _lede = analysis.Time.LedeSentence;
        _newsTime = analysis.Time.NewsTime;
        _party = party;
        if (_newsTime is null || _lede < 0) return;
        foreach (var d in analysis.Drafts)
            if (d.Sentence.Index == _lede && !Background.Holds(d, words))
                _events.Add(new Event(d.Relation, party(d.Subject).Id, d.Object is null ? null : party(d.Object).Id, TimeAssigner.OwnTime(d, words) ?? _newsTime));
        // The lede's relation words and actors tell the story even where no rule made a claim of them.
        var lede = analysis.Sentences[_lede];
        foreach (var t in lede.Triggers) _relations.Add(t.Entry.Relation);
        foreach (var e in _events) _relations.Add(e.Relation);
        foreach (var m in lede.Mentions)
            if (m.IsActor) _parties.Add(party(m.Entity).Id);
        _ledeTime = GoverningTime(lede, words) ?? _newsTime;
    }

    private readonly ClaimTime? _ledeTime;

    /// <summary>The time of the report's own news event (dateline or publication date), null without an anchor.</summary>
    public ClaimTime? NewsTime => _newsTime;

    private static ClaimTime? GoverningTime(SentenceAnalysis s, WordClasses words)
    {
        foreach (var t in s.Times)
            if (!t.Attributive && !NarrativeClauses.InRelativeClause(s, words, t.First)) return t.Time;
        return null;
    }

    /// <summary>
    /// The story's time for a draft of the headline, the lede or the same story, else null. A later claim belongs to
    /// the story when it is of a kind the lede tells and shares a party with it, or when both its parties are the
    /// lede's actors ("Putin met To Lam in Hanoi …" then "Moscow and Hanoi signed ten documents").
    /// </summary>
    public ClaimTime? TimeOf(ClaimDraft d)
    {
        if (_newsTime is null) return null;
        // The headline above the lede announces the same event.
        if (d.Sentence.Index <= _lede) return _newsTime;
        var subject = _party(d.Subject).Id;
        var obj = d.Object is null ? null : _party(d.Object).Id;
        foreach (var e in _events)
            if (e.Relation == d.Relation && (e.Subject == subject || e.Object is not null && (e.Object == obj || e.Object == subject) || e.Subject == obj))
                return e.Time;
        var shared = _parties.Contains(subject) || obj is not null && _parties.Contains(obj);
        if (shared && _relations.Contains(d.Relation)) return _ledeTime;
        if (obj is not null && _parties.Contains(subject) && _parties.Contains(obj)) return _ledeTime;
        return null;
    }

    /// <summary>True when two entities count as the same party (an official and the state, …).</summary>
    public bool SameParty(Entity a, Entity b) => _party(a).Id == _party(b).Id;
}
