using System.Runtime.CompilerServices;
using Entente.Core.Ontology;
using Entente.Interchange.Formats.Csv;
using Entente.Interchange.Importing;

namespace Entente.Interchange.Formats.Alliances;

/// <summary>
/// COW Formal Alliances, directed-dyad file. Each alliance dyad appears twice (A→B and B→A); as
/// <c>alliance</c> is symmetric we keep the row with the lower code first and count the mirror as skipped.
/// An empty end date means the alliance was in force when the data set closed (v4.1: end of 2012).
/// </summary>
public sealed class CowAllianceImporter : IImporter
{
    private static readonly DateOnly CoverageEnd = new(2012, 12, 31);
    private static readonly string[] Required = ["version4id", "ccode1", "ccode2", "dyad_st_year", "dyad_end_year"];

    public async IAsyncEnumerable<ImportItem> ReadAsync(Stream input, ImportContext ctx, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in HeaderedRecords.ReadAsync(input, HeaderedRecords.Requiring("not a COW directed-dyad alliance file: ", Required), ct))
        {
            if (row.Error is not null)
            {
                yield return row.Error;
                continue;
            }
            var (h, r) = (row.Header!, row.Record!);
            var (c1, c2) = (h.Get(r, "ccode1"), h.Get(r, "ccode2"));
            var a = CowCodes.State(c1);
            var b = CowCodes.State(c2);
            if (a is null || b is null)
            {
                yield return new RowError(r.Line, $"unknown COW state code {(a is null ? c1 : c2)}");
                continue;
            }
            if (int.Parse(c1, System.Globalization.CultureInfo.InvariantCulture) > int.Parse(c2, System.Globalization.CultureInfo.InvariantCulture))
            {
                yield return new RowSkipped(r.Line, "mirror of a directed dyad");
                continue;
            }
            var start = AllianceDates.Start(h.Get(r, "dyad_st_year"), h.Get(r, "dyad_st_month"), h.Get(r, "dyad_st_day"));
            if (start is null)
            {
                yield return new RowError(r.Line, $"start year '{h.Get(r, "dyad_st_year")}' is not a year");
                continue;
            }
            var end = AllianceDates.End(h.Get(r, "dyad_end_year"), h.Get(r, "dyad_end_month"), h.Get(r, "dyad_end_day"));
            var props = new Dictionary<string, string> { ["cow_alliance_id"] = h.Get(r, "version4id"), ["cow_ccode1"] = c1, ["cow_ccode2"] = c2 };
            foreach (var type in new[] { "defense", "neutrality", "nonaggression", "entente" })
                if (h.Get(r, type) == "1") props["cow_" + type] = "1";
            yield return new ClaimRow(r.Line)
            {
                Subject = a,
                Relation = RelationTypes.Alliance.Id,
                Object = b,
                Time = AllianceDates.Span(start.Value, end, CoverageEnd),
                Phase = end is null ? Phase.Ongoing : Phase.Occurred,
                RowText = r.Raw,
                Sentence = AllianceSentence.Of("COW", h.Get(r, "version4id"), a.Name, b.Name,
                    new[] { "defense", "neutrality", "nonaggression", "entente" }.Where(type => h.Get(r, type) == "1"), start.Value, end),
                Start = r.Offset,
                End = r.End,
                Properties = props,
            };
        }
    }
}
