using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Time;
using Entente.Interchange.Importing;

namespace Entente.Interchange.Formats.Ftm;

/// <summary>
/// FollowTheMoney link schemas and the claims they make (see <see cref="FtmImporter"/> for the choices). An
/// UnknownLink whose role is one of our relation ids is that relation: it is how our FtM export writes every
/// relation FtM has no schema for, so the export imports back whole,
/// with the certainty it wrote as the link's status.
/// </summary>
public static class FtmLinks
{
    // A null relation: the link's role names it.
    private static readonly Dictionary<string, (string? Relation, string From, string To, string Verb)> Links = new()
    {
        ["Ownership"] = (RelationTypes.PartOf.Id, "asset", "owner", "is owned by"),
        ["Membership"] = (RelationTypes.PartOf.Id, "member", "organization", "is a member of"),
        ["Directorship"] = (RelationTypes.AffiliateOf.Id, "director", "organization", "is a director of"),
        ["Sanction"] = (RelationTypes.Sanction.Id, "", "entity", "sanctioned"),
        ["UnknownLink"] = (null, "subject", "object", ""),
    };

    public static bool IsLink(string schema) => Links.ContainsKey(schema);

    public static ImportItem ToClaim(FtmEntity e, IReadOnlyDictionary<string, Mention> defined)
    {
        var (linked, from, to, verb) = Links[e.Schema];
        var relation = linked ?? e.First("role");
        if (!RelationTypes.IsKnown(relation))
            return new RowSkipped(e.Line, $"FTM {e.Schema} with role {relation ?? "(none)"} has no relation in the ontology");
        var targetId = e.First(to);
        if (targetId is null || !defined.TryGetValue(targetId, out var target))
            return new RowError(e.Line, $"{e.Schema} {e.Id}: {to} {targetId ?? "(missing)"} is not an entity in the file");
        Mention subject;
        if (from.Length == 0) subject = Authority(e);
        else if (e.First(from) is { } fromId && defined.TryGetValue(fromId, out var s)) subject = s;
        else return new RowError(e.Line, $"{e.Schema} {e.Id}: {from} {e.First(from) ?? "(missing)"} is not an entity in the file");
        var props = new Dictionary<string, string> { ["ftm_id"] = e.Id, ["ftm_schema"] = e.Schema };
        foreach (var key in new[] { "role", "authority", "program", "provisions", "sourceUrl", "country" })
            if (e.Values(key).Count > 0) props["ftm_" + key] = string.Join("; ", e.Values(key));
        var time = Time(e.First("startDate"), e.First("endDate"));
        return new ClaimRow(e.Line)
        {
            Subject = subject,
            Relation = relation!,
            Object = target,
            Time = time,
            Certainty = CertaintyScales.TryParseCertainty(e.First("status"), out var certainty) ? certainty : Certainty.Asserted,
            RowText = e.Raw,
            // An UnknownLink's summary is the evidence our export put there; other links' summaries are notes about the
            // listing ("Secondary sanctions risk: …"), so those get a sentence of what the link says.
            Sentence = linked is null && e.First("summary") is { } summary ? summary : Sentence(e, subject, linked is null ? relation! : verb, target, time),
            Start = e.Start,
            End = e.End,
            Properties = props,
        };
    }

    // "FollowTheMoney: United States sanctioned Zala Aero (Russia-related), 2022-02-24 to 2023-01-01".
    private static string Sentence(FtmEntity e, Mention subject, string verb, Mention target, ClaimTime? time)
    {
        var program = e.First("program") is { Length: > 0 } p ? $" ({p})" : "";
        var when = time is null ? "" : ", " + time.Text;
        return $"FollowTheMoney: {subject.Name} {verb} {target.Name}{program}{when}";
    }

    // The sanctioning state when the country is a state; the EU and other bodies stand as themselves.
    private static Mention Authority(FtmEntity e)
    {
        var authority = e.First("authority") ?? e.First("country") ?? "unknown authority";
        return e.First("country") is { Length: 2 } iso2 && iso2 != "eu"
            ? new Mention(authority, EntityKind.State) { Iso2 = iso2 }
            : new Mention(e.First("country") == "eu" ? "European Union" : authority, EntityKind.Organization);
    }

    private static ClaimTime? Time(string? start, string? end)
    {
        if (start is null) return null;
        var a = DateParsing.ParseIsoLike(start.Length > 10 ? start[..10] : start);
        if (!a.Success) return null;
        var b = end is null ? a : DateParsing.ParseIsoLike(end.Length > 10 ? end[..10] : end);
        return b.Success ? ClaimTime.Between(a.Value.From, end is null ? a.Value.To : b.Value.To, a.Value.Precision, end is null ? start : $"{start}/{end}") : a.Value;
    }
}
