using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Time;

namespace Entente.Analysis.Review;

/// <summary>The fields an analyst may correct; those left out keep the claim's value. Time is YYYY, YYYY-MM or YYYY-MM-DD.</summary>
public sealed record CorrectionRequest(string? Subject, string? Relation, string? Object, string? Certainty, string? Time, string? TimeTo)
{
    public bool IsEmpty => new[] { Subject, Relation, Object, Certainty, Time, TimeTo }.All(string.IsNullOrWhiteSpace);
}

/// <summary>Builds the corrected claim an analyst's correction describes, checking each field against the ontology.</summary>
public static class Corrections
{
    /// <param name="resolve">An entity id or name to the entity it names, or null: the web asks its snapshot, the CLI its store.</param>
    public static (Claim? Claim, string? Error) Apply(Claim claim, CorrectionRequest fix, Func<string, EntityRef?> resolve, string analyst)
    {
        var subject = claim.Subject;
        if (!string.IsNullOrWhiteSpace(fix.Subject))
        {
            if (resolve(fix.Subject.Trim()) is not { } s) return (null, $"no entity '{fix.Subject}' for the subject");
            subject = s;
        }
        var obj = claim.Object;
        if (!string.IsNullOrWhiteSpace(fix.Object))
        {
            if (resolve(fix.Object.Trim()) is not { } o) return (null, $"no entity '{fix.Object}' for the object");
            obj = o;
        }
        var relation = string.IsNullOrWhiteSpace(fix.Relation) ? claim.Relation : fix.Relation;
        if (!RelationTypes.TryGet(relation, out _)) return (null, $"unknown relation '{relation}'");
        var certainty = claim.Certainty;
        if (!string.IsNullOrWhiteSpace(fix.Certainty) && !CertaintyScales.TryParseCertainty(fix.Certainty, out certainty))
            return (null, $"unknown certainty '{fix.Certainty}'");
        var time = claim.Time;
        if (!string.IsNullOrWhiteSpace(fix.Time))
        {
            var from = DateParsing.ParseIsoLike(fix.Time);
            if (!from.Success) return (null, "time: " + from.Error);
            time = from.Value;
            if (!string.IsNullOrWhiteSpace(fix.TimeTo))
            {
                var to = DateParsing.ParseIsoLike(fix.TimeTo);
                if (!to.Success) return (null, "time_to: " + to.Error);
                time = ClaimTime.Between(from.Value.From, to.Value.To, from.Value.Precision, $"{fix.Time}–{fix.TimeTo}");
            }
        }
        var corrected = claim with
        {
            Subject = subject,
            Relation = relation,
            Object = obj,
            Certainty = certainty,
            Time = time,
            Producer = Producer.Analyst(analyst),
        };
        return (corrected.WithId(), null);
    }
}
