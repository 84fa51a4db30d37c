using Entente.Core.Claims;

namespace Entente.Interchange.Formats.Csv;

/// <summary>
/// Claims grouped by (subject, relation, object): how many claims, from how many sources, and the first
/// and last day any of them covers. Deliberately simple; the analysis module has the richer relation logic.
/// Memory grows with the number of distinct triples, not with the number of claims.
/// </summary>
public sealed record RelationRow(string Subject, string SubjectName, string Relation, string? Object, string? ObjectName)
{
    public int Claims { get; set; }

    /// <summary>Of <see cref="Claims"/>, those an analyst rejected (exported only on request, marked).</summary>
    public int Rejected { get; set; }
    public HashSet<string> SourceIds { get; } = new(StringComparer.Ordinal);
    public DateOnly? First { get; set; }
    public DateOnly? Last { get; set; }

    public static async Task<List<RelationRow>> GroupAsync(IAsyncEnumerable<Claim> claims, CancellationToken ct)
    {
        var rows = new Dictionary<(string, string, string?), RelationRow>();
        await foreach (var c in claims.WithCancellation(ct))
        {
            var key = (c.Subject.Id, c.Relation, c.Object?.Id);
            if (!rows.TryGetValue(key, out var row))
                rows[key] = row = new RelationRow(c.Subject.Id, c.Subject.Name, c.Relation, c.Object?.Id, c.Object?.Name);
            row.Claims++;
            if (VerdictMark.IsRejected(c)) row.Rejected++;
            row.SourceIds.Add(c.SourceId);
            if (c.Time is { } t)
            {
                if (row.First is null || t.From < row.First) row.First = t.From;
                if (row.Last is null || t.To > row.Last) row.Last = t.To;
            }
        }
        return rows.Values.OrderBy(r => r.Subject, StringComparer.Ordinal).ThenBy(r => r.Relation, StringComparer.Ordinal)
            .ThenBy(r => r.Object, StringComparer.Ordinal).ToList();
    }
}
