using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Time;
using Entente.Knowledge;

namespace Entente.Extraction.Claims;

/// <summary>
/// Turns drafts into claims: officials become their states, certainty/phase/time/attribution are settled,
/// the evidence span is cut from the text, ids are content hashes, and a repeat is merged into the first claim (its producer recorded there).
/// </summary>
public sealed class ClaimStage(KnowledgeBase kb, WordClasses words) : IExtractionStage
{
    private readonly AgentResolver _agents = new(kb);

    /// <summary>Who a party counts as, made once: a method group passed on would allocate a delegate per call.</summary>
    private Func<Entity, Entity> Party => field ??= _agents.Party;

    public void Run(DocumentAnalysis analysis)
    {
        // Where each id stands in the claims, so a second producer of the same claim is recorded on the first.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var doc = analysis.Document;
        if (analysis.Drafts.Count == 0) return;
        var story = new NewsStory(analysis, Party, words);
        foreach (var d in analysis.Drafts)
        {
            var subject = d.PersonalSubject ? d.Subject : _agents.Resolve(d.Subject, d.Relation, asObject: false);
            var obj = d.Object is null ? null : _agents.Resolve(d.Object, d.Relation, asObject: true);
            if (!subject.Kind.IsActor() || obj is null || subject.Id == obj.Id) continue;
            if (!obj.Kind.IsActor() && !(RelationTypes.Find(d.Relation)?.ObjectMayBePlace == true && obj.Kind is EntityKind.Place)) continue;
            var (certainty, phase, attribution, cues, refusedHostility, refuser) = CertaintyResolver.Resolve(d, Party, words);
            var time = TimeAssigner.For(d, story, words);
            if (time is { Text.Length: > 0 }) cues.Add(time.Text);
            var s = d.Sentence;
            var start = s.Tokens[d.SpanFirst].Start;
            var end = s.Tokens[d.SpanLast - 1].End;
            var claim = new Claim
            {
                Id = "",
                SourceId = doc.SourceId,
                Subject = EntityRef.Of(subject),
                Relation = refusedHostility ? RelationTypes.DiplomaticSupport.Id : d.Relation,
                Object = EntityRef.Of(obj),
                Materiel = d.Materiel.Select(EntityRef.Of).ToList(),
                Place = d.Place is null ? null : EntityRef.Of(d.Place),
                Time = time,
                Quantity = d.Quantity,
                Certainty = certainty,
                Phase = phase,
                AttributedTo = attribution?.Speaker,
                Evidence = doc.Evidence(start, end),
                Producer = d.Model is { } m ? Producer.Model(m.Version, m.Score, m.Rules) : Producer.Rule(d.Rule),
                Confidence = Math.Clamp(d.Confidence - (attribution is null ? 0 : 5), 0, 100),
                Cues = cues.Append(s.TextOf(d.TriggerFirst, d.TriggerLast)).Distinct().ToList(),
            }.WithId();
            Add(analysis, seen, claim);
            if (refuser is not null && _agents.Resolve(refuser, d.Relation, asObject: false) is { } r && r.Kind.IsActor() && r.Id != obj.Id && r.Id != subject.Id)
                Add(analysis, seen, (claim with { Subject = EntityRef.Of(r), Relation = RelationTypes.DiplomaticSupport.Id, Id = "" }).WithId());
            if (OfficialListed(claim, obj, d) is { } office) Add(analysis, seen, office);
        }
    }

    private static void Add(DocumentAnalysis analysis, Dictionary<string, int> seen, Claim claim)
    {
        if (seen.TryGetValue(claim.Id, out var at)) analysis.Claims[at] = DuplicateClaims.Merge(analysis.Claims[at], claim);
        else
        {
            seen[claim.Id] = analysis.Claims.Count;
            analysis.Claims.Add(claim);
        }
    }

    /// <summary>
    /// "The Treasury designated Defence Minister Colonel Jane Doe": a sanctioned official matters in their own right, and
    /// the title the text gives them says which state they serve (CONVENTIONS (c)), a claim of its own. Only for an
    /// official the text introduced with a title: a provisional person with a titled part-of link, or a person the
    /// knowledge base links to the state whom the sentence names with a title ("Russian Foreign Minister Sergei Lavrov").
    /// </summary>
    private Claim? OfficialListed(Claim claim, Entity obj, Relations.ClaimDraft d)
    {
        if (claim.Relation != RelationTypes.Sanction.Id || obj.Kind != EntityKind.Person) return null;
        if (!obj.NeedsReview && !d.Sentence.Mentions.Any(m => m.Entity == obj && m.Form == Mentions.MentionForm.Official)) return null;
        // The state served, directly or through one of its organs ("Foreign Minister" of the foreign ministry).
        if (_agents.Party(obj) is not { Kind: EntityKind.State } state) return null;
        foreach (var link in obj.Links)
        {
            if (link.Type != RelationTypes.PartOf.Id || link.Role is null) continue;
            return (claim with
            {
                Id = "",
                Subject = EntityRef.Of(obj),
                Relation = RelationTypes.PartOf.Id,
                Object = EntityRef.Of(state),
                Materiel = [],
                Place = null,
                Time = null,
                Quantity = null,
                Phase = Phase.Occurred,
                // The title is the author's own word, whoever the sanction is reported by.
                Certainty = Certainty.Asserted,
                AttributedTo = null,
                Producer = Producer.Rule(RelationTypes.PartOf.Id + ".official-title"),
                Cues = [link.Role],
            }).WithId();
        }
        return null;
    }
}
