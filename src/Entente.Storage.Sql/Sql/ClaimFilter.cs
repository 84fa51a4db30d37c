using System.Text;
using Entente.Core.Ontology;

namespace Entente.Storage.Sql;

/// <summary>
/// Turns a <see cref="ClaimQuery"/> into a WHERE clause over "claims c" with named parameters, so every
/// filter runs in the database. The SQL is the same on SQLite and PostgreSQL.
/// </summary>
internal sealed class ClaimFilter
{
    private readonly StringBuilder _where = new();
    private readonly List<KeyValuePair<string, object>> _parameters = [];

    public string Where => _where.Length == 0 ? "" : " WHERE " + _where;
    public IReadOnlyList<KeyValuePair<string, object>> Parameters => _parameters;

    public static ClaimFilter For(ClaimQuery q)
    {
        var f = new ClaimFilter();
        if (q.Actors.Count > 0)
        {
            var actors = f.List("a", q.Actors);
            f.And($"(c.subject_id IN ({actors}) OR c.object_id IN ({actors}))");
        }
        f.In("c.subject_id", "s", q.Subjects);
        f.In("c.object_id", "o", q.Objects);
        f.In("c.relation", "r", q.Relations);
        f.In("c.sphere", "sp", q.Spheres.Select(Ids.Of).ToList());
        f.In("c.certainty", "ce", q.Certainties.Select(x => x.ToId()).ToList());
        f.In("c.source_id", "src", q.Sources);
        f.In("c.id", "id", q.Ids);
        if (q.From is { } from)
        {
            f._parameters.Add(new("@from", from));
            f.And("c.time_to >= @from");
        }
        if (q.To is { } to)
        {
            f._parameters.Add(new("@to", to));
            f.And("c.time_from <= @to");
        }
        if (q.UnreviewedOnly) f.And("NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id)");
        if (q.ReviewedOnly) f.And("c.id IN (SELECT v.claim_id FROM verdicts v)");
        return f;
    }

    /// <summary>This filter, further requiring <paramref name="column"/> to hold none of <paramref name="values"/>.</summary>
    public ClaimFilter NotIn(string column, string prefix, IReadOnlyCollection<string> values)
    {
        if (values.Count > 0) And($"{column} NOT IN ({List(prefix, values)})");
        return this;
    }

    private void In(string column, string prefix, IReadOnlyCollection<string> values)
    {
        if (values.Count > 0) And($"{column} IN ({List(prefix, values)})");
    }

    private string List(string prefix, IReadOnlyCollection<string> values)
    {
        var names = new List<string>();
        foreach (var v in values.Distinct())
        {
            var name = $"@{prefix}{names.Count}";
            _parameters.Add(new(name, v));
            names.Add(name);
        }
        return string.Join(", ", names);
    }

    private void And(string condition)
    {
        if (_where.Length > 0) _where.Append(" AND ");
        _where.Append(condition);
    }
}
