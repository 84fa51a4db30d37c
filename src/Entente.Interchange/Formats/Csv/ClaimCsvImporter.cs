using System.Runtime.CompilerServices;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Time;
using Entente.Interchange.Importing;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Csv;

/// <summary>
/// Hand-made claims in UTF-8 CSV with the header subject, relation, object, certainty, phase, from, to,
/// materiel, place, evidence, source_title (subject and relation required; materiel may list several
/// names separated by ";"). Names and ids are resolved against the knowledge base; an unknown actor
/// becomes a new "group" for an analyst to review.
/// </summary>
public sealed class ClaimCsvImporter : IImporter
{
    public async IAsyncEnumerable<ImportItem> ReadAsync(Stream input, ImportContext ctx, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in HeaderedRecords.ReadAsync(input, HeaderedRecords.Requiring("", "subject", "relation"), ct))
            yield return row.Error ?? Map(row.Header!, row.Record!);
    }

    private static ImportItem Map(CsvHeader h, CsvRecord r)
    {
        var relation = h.Get(r, "relation");
        if (!RelationTypes.IsKnown(relation)) return new RowError(r.Line, $"'{relation}' is not a relation type of the ontology");
        var certainty = Certainty.Asserted;
        if (h.Get(r, "certainty") is { Length: > 0 } ct && !CertaintyScales.TryParseCertainty(ct, out certainty))
            return new RowError(r.Line, $"'{ct}' is not a certainty (asserted, likely, reported, alleged, possible, denied, false)");
        var phase = Phase.Occurred;
        if (h.Get(r, "phase") is { Length: > 0 } ph && !CertaintyScales.TryParsePhase(ph, out phase))
            return new RowError(r.Line, $"'{ph}' is not a phase (occurred, ongoing, agreed, planned, requested, attempted)");
        if (!TryTime(h.Get(r, "from"), h.Get(r, "to"), out var time, out var why)) return new RowError(r.Line, why!);
        if (h.Get(r, "subject").Length == 0) return new RowError(r.Line, "subject is empty");
        var props = new Dictionary<string, string>();
        // The free-text cells are the ones an export may have made inert for spreadsheets.
        if (CsvCell.Restore(h.Get(r, "source_title")) is { Length: > 0 } title) props["source_title"] = title;
        var evidence = CsvCell.Restore(h.Get(r, "evidence"));
        return new ClaimRow(r.Line)
        {
            Subject = Actor(h.Get(r, "subject")),
            Relation = relation,
            Object = h.Get(r, "object") is { Length: > 0 } o ? Actor(o) : null,
            Materiel = h.Get(r, "materiel").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(m => new Mention(m, EntityKind.Materiel)).ToList(),
            Place = h.Get(r, "place") is { Length: > 0 } p ? new Mention(p, EntityKind.Place) : null,
            Time = time,
            Certainty = certainty,
            Phase = phase,
            RowText = evidence.Length > 0 ? evidence : r.Raw,
            Start = r.Offset,
            End = r.End,
            Properties = props,
        };
    }

    private static Mention Actor(string idOrName) => new(idOrName, EntityKind.Group) { Id = idOrName };

    private static bool TryTime(string from, string to, out ClaimTime? time, out string? why)
    {
        time = null;
        why = null;
        if (from.Length == 0 && to.Length == 0) return true;
        var a = DateParsing.ParseIsoLike(from.Length > 0 ? from : to);
        var b = DateParsing.ParseIsoLike(to.Length > 0 ? to : from);
        if (!a.Success || !b.Success)
        {
            why = a.Error ?? b.Error;
            return false;
        }
        time = ClaimTime.Between(a.Value.From, b.Value.To, a.Value.Precision, to.Length > 0 && from.Length > 0 ? $"{from}/{to}" : a.Value.Text);
        return true;
    }
}
