using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Core.Time;
using Entente.Interchange.Importing;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Sipri;

/// <summary>
/// SIPRI rows to claims through a <see cref="SipriColumns"/> map. A deal gives an <c>agreement</c> at its
/// order year, an <c>arms-transfer</c> over its delivery years (when any were delivered), and an
/// <c>arms-production</c> when the recipient (also) makes the weapon under licence. In the transfers export
/// a deal spans rows, one per delivery year: its first row also gives the agreement and production, every
/// row a transfer; the set of deal ids seen is the only state kept (a few bytes per deal).
/// SIPRI's estimate marks ("?" or "Yes") say a year or number is estimated, not that the deal is in doubt:
/// an estimated order year makes the agreement "likely", an estimated delivered number or year the
/// transfer; everything else is "asserted", as SIPRI states it as fact.
/// </summary>
public sealed class SipriLayout(SipriColumns columns, CsvRecord header)
{
    private readonly HashSet<string> _deals = new(StringComparer.Ordinal);

    public int Count => columns.Count;

    public IEnumerable<ImportItem> Map(CsvRecord r)
    {
        var orderText = r[columns.OrderYear];
        if (!SipriYears.TryYear(orderText, out var orderYear))
            return [new RowError(r.Line, $"{Name(columns.OrderYear)} '{orderText}' is not a year")];
        if (!SipriYears.TryList(r[columns.DeliveryYears], out var delivered))
            return [new RowError(r.Line, $"{Name(columns.DeliveryYears)} '{r[columns.DeliveryYears]}' is not a year or a list of years")];
        return Claims(r, ClaimTime.Year(orderYear, orderText.Trim()), delivered);
    }

    private IEnumerable<ImportItem> Claims(CsvRecord r, ClaimTime ordered, ClaimTime? delivered)
    {
        var props = Properties(r);
        var supplier = SipriParty.Of(r[columns.Supplier]);
        var recipient = SipriParty.Of(r[columns.Recipient]);
        var weapon = SipriParty.Weapon(r[columns.Designation], r[columns.Description]);
        var sentence = SipriSentence.Of(columns, r);
        ClaimRow Claim(string relation, ClaimTime time, bool estimated, int? number) => new(r.Line)
        {
            Subject = supplier,
            Relation = relation,
            Object = recipient,
            Materiel = [weapon],
            Time = time,
            Certainty = estimated ? Certainty.Likely : Certainty.Asserted,
            Quantity = SipriNumbers.Quantity(Cell(r, number)),
            RowText = r.Raw,
            Sentence = sentence,
            Start = r.Offset,
            End = r.End,
            Properties = props,
        };

        if (columns.DealId is not { } deal || _deals.Add(r[deal].Trim()))
        {
            yield return Claim(RelationTypes.Agreement.Id, ordered, Marked(r, columns.OrderYearEstimated), columns.Ordered);
            if (Marked(r, columns.LocalProduction) || SipriNumbers.MentionsLicensedProduction(Cell(r, columns.Comments)))
                yield return Claim(RelationTypes.ArmsProduction.Id, delivered ?? ordered, false, null);
        }
        if (delivered is not null)
            yield return Claim(RelationTypes.ArmsTransfer.Id, delivered, Marked(r, columns.DeliveredEstimated) || Marked(r, columns.DeliveryYearsEstimated), columns.Delivered);
    }

    private Dictionary<string, string> Properties(CsvRecord r)
    {
        var props = columns.Properties.Where(p => r[p.Value].Trim().Length > 0).ToDictionary(p => p.Key, p => r[p.Value].Trim());
        foreach (var (name, column) in new[] { ("order_year", columns.OrderYearEstimated), ("number_ordered", columns.OrderedEstimated), ("number_delivered", columns.DeliveredEstimated), ("delivery_year", columns.DeliveryYearsEstimated) })
            if (Marked(r, column)) props[$"sipri_{name}_estimated"] = "true";
        return props;
    }

    private string Name(int column) => column < header.Count && header[column].Trim().Length > 0 ? header[column].Trim() : $"column {column + 1}";

    private static string Cell(CsvRecord r, int? column) => column is { } c ? r[c] : "";

    private static bool Marked(CsvRecord r, int? column) => Cell(r, column).Trim() is "?" || string.Equals(Cell(r, column).Trim(), "Yes", StringComparison.OrdinalIgnoreCase);
}
