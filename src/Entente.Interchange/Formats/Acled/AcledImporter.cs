using System.Globalization;
using System.Runtime.CompilerServices;
using Entente.Core.Ontology;
using Entente.Core.Time;
using Entente.Interchange.Formats.Csv;
using Entente.Interchange.Importing;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Acled;

/// <summary>
/// ACLED event exports, read by the codebook's column names. Battles are <c>conflict</c> between the two
/// actors; explosions/remote violence and violence against civilians are <c>attack</c>; strategic
/// developments of sub-type "Agreement" are <c>agreement</c>; protests and riots have no relation here.
/// Dates come as "12 March 2023" or "2023-03-12". No ACLED data is shipped (its terms forbid it).
/// </summary>
public sealed class AcledImporter : IImporter
{
    private static readonly string[] Required = ["event_date", "event_type", "actor1", "inter1", "actor2", "inter2"];

    public async IAsyncEnumerable<ImportItem> ReadAsync(Stream input, ImportContext ctx, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in HeaderedRecords.ReadAsync(input, HeaderedRecords.Requiring("not an ACLED file: ", Required), ct))
            yield return row.Error ?? Map(row.Header!, row.Record!);
    }

    private static ImportItem Map(CsvHeader h, CsvRecord r)
    {
        var date = h.Get(r, "event_date");
        if (!DateOnly.TryParseExact(date, ["d MMMM yyyy", "dd MMMM yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new RowError(r.Line, $"event_date '{date}' is not a date (\"12 March 2023\" or \"2023-03-12\")");
        var relation = (h.Get(r, "event_type"), h.Get(r, "sub_event_type")) switch
        {
            ("Battles", _) => RelationTypes.Conflict.Id,
            ("Explosions/Remote violence", _) or ("Violence against civilians", _) => RelationTypes.Attack.Id,
            ("Strategic developments", "Agreement") => RelationTypes.Agreement.Id,
            _ => null,
        };
        if (relation is null) return new RowSkipped(r.Line, $"event type {h.Get(r, "event_type")} has no relation");
        var c1 = AcledActors.Code(h.Get(r, "inter1"));
        var c2 = AcledActors.Code(h.Get(r, "inter2"));
        if (c1 is null || c2 is null) return new RowError(r.Line, $"interaction code '{(c1 is null ? h.Get(r, "inter1") : h.Get(r, "inter2"))}' is not an ACLED actor type");
        var a1 = AcledActors.Of(h.Get(r, "actor1"), c1.Value);
        var a2 = AcledActors.Of(h.Get(r, "actor2"), c2.Value);
        if (a1 is null || a2 is null) return new RowSkipped(r.Line, "an actor is not a state or armed group");
        var props = new Dictionary<string, string>();
        foreach (var key in new[] { "event_id_cnty", "event_type", "sub_event_type", "country", "location", "latitude", "longitude", "fatalities", "source", "notes" })
            if (h.Get(r, key) is { Length: > 0 } v) props["acled_" + key] = v;
        return new ClaimRow(r.Line)
        {
            Subject = a1,
            Relation = relation,
            Object = a2,
            Time = ClaimTime.Day(day, date),
            Certainty = Certainty.Reported,
            RowText = r.Raw,
            Sentence = AcledSentence.Of(h, r),
            Start = r.Offset,
            End = r.End,
            Properties = props,
        };
    }
}
