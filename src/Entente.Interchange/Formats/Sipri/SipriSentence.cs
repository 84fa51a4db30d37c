using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Sipri;

/// <summary>
/// A deal in words, for the evidence of every claim a SIPRI row gives: "SIPRI: Russia ordered 100 Shahed-131
/// (loitering munition) from Iran in 2022, delivered 100 in 2022". Estimated figures read "about" and "around", as
/// SIPRI's "?" marks mean; a deal with no delivery year says none was recorded.
/// </summary>
public static class SipriSentence
{
    public static string Of(SipriColumns columns, CsvRecord r)
    {
        string Cell(int? column) => column is { } c ? r[c].Trim() : "";
        bool Marked(int? column) => Cell(column) is "?" || string.Equals(Cell(column), "Yes", StringComparison.OrdinalIgnoreCase);
        string Number(int? column, int? estimated) => Cell(column) is { Length: > 0 } n ? (Marked(estimated) ? "about " : "") + n + " " : "";

        var designation = Cell(columns.Designation);
        var description = Cell(columns.Description);
        var weapon = description.Length > 0 && !string.Equals(description, designation, StringComparison.OrdinalIgnoreCase)
            ? $"{designation} ({description})"
            : designation;
        var orderYear = (Marked(columns.OrderYearEstimated) ? "around " : "in ") + Cell(columns.OrderYear);
        var years = Cell(columns.DeliveryYears);
        var delivery = years.Length == 0
            ? "no delivery recorded"
            : $"delivered {Number(columns.Delivered, columns.DeliveredEstimated)}in {(Marked(columns.DeliveryYearsEstimated) ? "about " : "")}{years}";
        return $"SIPRI: {Cell(columns.Recipient)} ordered {Number(columns.Ordered, columns.OrderedEstimated)}{weapon} from {Cell(columns.Supplier)} {orderYear}, {delivery}";
    }
}
