using System.Runtime.CompilerServices;
using Entente.Core.Ontology;
using Entente.Interchange.Formats.Csv;
using Entente.Interchange.Importing;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Alliances;

/// <summary>
/// ATOP alliances, from either file. The member-level file (one row per member, with entry and exit dates)
/// gives an <c>alliance</c> claim for each pair of members over the time both belonged; its rows come
/// sorted by alliance, so one alliance is held at a time. The alliance-level file (members in mem1…memN)
/// gives a claim per pair over the alliance's life. A year of 0 for the end means still in force when
/// ATOP v4 closed (end of 2018).
/// </summary>
public sealed class AtopImporter : IImporter
{
    private static readonly DateOnly CoverageEnd = new(2018, 12, 31);

    private static string? RefuseHeader(CsvHeader h) =>
        h.Has("atopid") && (h.Has("member") || h.Has("mem1"))
            ? null
            : "not an ATOP file: the header needs atopid and member (member level) or mem1 (alliance level)";

    private sealed record Member(Mention State, string Code, DateOnly From, DateOnly? To, CsvRecord Row);

    public async IAsyncEnumerable<ImportItem> ReadAsync(Stream input, ImportContext ctx, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var group = new List<Member>();
        var groupId = "";
        await foreach (var row in HeaderedRecords.ReadAsync(input, RefuseHeader, ct))
        {
            if (row.Error is not null)
            {
                yield return row.Error;
                continue;
            }
            var (h, r) = (row.Header!, row.Record!);
            var id = h.Get(r, "atopid");
            if (h.Has("member"))
            {
                if (id != groupId)
                {
                    foreach (var claim in Pairs(group, groupId)) yield return claim;
                    group.Clear();
                    groupId = id;
                }
                var m = ReadMember(h, r, h.Get(r, "member"), "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit", out var error);
                if (error is not null) yield return error;
                else group.Add(m!);
            }
            else
            {
                var members = new List<Member>();
                foreach (var code in Enumerable.Range(1, 200).Select(i => "mem" + i).Where(h.Has).Select(c => h.Get(r, c)).Where(c => c.Length > 0))
                {
                    var m = ReadMember(h, r, code, "begyr", "begmo", "begday", "endyr", "endmo", "endday", out var error);
                    if (error is not null) yield return error;
                    else members.Add(m!);
                }
                foreach (var claim in Pairs(members, id)) yield return claim;
            }
        }
        foreach (var claim in Pairs(group, groupId)) yield return claim;
    }

    private static Member? ReadMember(CsvHeader h, CsvRecord r, string code, string y0, string m0, string d0, string y1, string m1, string d1, out RowError? error)
    {
        error = null;
        var state = CowCodes.State(code);
        var from = AllianceDates.Start(h.Get(r, y0), h.Get(r, m0), h.Get(r, d0));
        if (state is null) error = new RowError(r.Line, $"unknown COW state code {code}");
        else if (from is null) error = new RowError(r.Line, $"{y0} '{h.Get(r, y0)}' is not a year");
        if (error is not null) return null;
        return new Member(state!, code, from!.Value, AllianceDates.End(h.Get(r, y1), h.Get(r, m1), h.Get(r, d1)), r);
    }

    private static IEnumerable<ImportItem> Pairs(List<Member> members, string atopId)
    {
        for (var i = 0; i < members.Count; i++)
            for (var j = i + 1; j < members.Count; j++)
            {
                var (a, b) = (members[i], members[j]);
                var from = a.From > b.From ? a.From : b.From;
                DateOnly? to = a.To is null ? b.To : b.To is null ? a.To : (a.To < b.To ? a.To : b.To);
                if ((to is { } t && t < from) || a.Code == b.Code) continue;
                var row = b.Row;
                yield return new ClaimRow(row.Line)
                {
                    Subject = a.State,
                    Relation = RelationTypes.Alliance.Id,
                    Object = b.State,
                    Time = AllianceDates.Span(from, to, CoverageEnd),
                    Phase = to is null ? Phase.Ongoing : Phase.Occurred,
                    RowText = a.Row == b.Row ? row.Raw : a.Row.Raw + "\n" + row.Raw,
                    Sentence = AllianceSentence.Of("ATOP", atopId, a.State.Name, b.State.Name, [], from, to),
                    Start = Math.Min(a.Row.Offset, row.Offset),
                    End = Math.Max(a.Row.End, row.End),
                    Properties = new Dictionary<string, string> { ["atop_id"] = atopId, ["cow_ccode1"] = a.Code, ["cow_ccode2"] = b.Code },
                };
            }
    }
}
