using Entente.Core.Entities;
using Entente.Core.Time;
using Entente.Interchange.Importing;

namespace Entente.Interchange.Formats.Ftm;

/// <summary>FollowTheMoney link schemas and the claims they make (see <see cref="FtmImporter"/> for the choices).</summary>
public static class FtmLinks
{
    private static readonly Dictionary<string, (string Relation, string From, string To)> Links = new()
    {
        ["Ownership"] = ("part-of", "asset", "owner"),
        ["Membership"] = ("part-of", "member", "organization"),
        ["Directorship"] = ("affiliate-of", "director", "organization"),
        ["Sanction"] = ("sanction", "", "entity"),
    };

    public static string? Relation(string schema) => Links.TryGetValue(schema, out var l) ? l.Relation : null;

    public static ImportItem ToClaim(FtmEntity e, IReadOnlyDictionary<string, Mention> defined)
    {
        var (relation, from, to) = Links[e.Schema];
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
        return new ClaimRow(e.Line)
        {
            Subject = subject,
            Relation = relation,
            Object = target,
            Time = Time(e.First("startDate"), e.First("endDate")),
            RowText = e.Raw,
            Start = e.Start,
            End = e.End,
            Properties = props,
        };
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
