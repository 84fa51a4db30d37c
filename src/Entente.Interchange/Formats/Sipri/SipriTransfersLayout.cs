using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Core.Time;
using Entente.Interchange.Importing;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Sipri;

/// <summary>
/// The transfers export: one row per deal and delivery year, keyed by the SIPRI deal id. The first row
/// of a deal also gives its <c>agreement</c> (and <c>arms-production</c> when "Local production" is Yes);
/// every row gives an <c>arms-transfer</c> for its year. "… is estimate = Yes" reads as certainty "likely",
/// as in the trade register. The set of deal ids seen is the only state kept (a few bytes per deal).
/// </summary>
public sealed class SipriTransfersLayout : ISipriLayout
{
    private readonly HashSet<string> _deals = new(StringComparer.Ordinal);

    public string HeaderStart => "SIPRI AT Database ID,";
    public int Columns => 17;

    public IEnumerable<ImportItem> Map(CsvRecord r)
    {
        if (!SipriYears.TryYear(r[6], out var orderYear))
        {
            yield return new RowError(r.Line, $"order date '{r[6]}' is not a year");
            yield break;
        }
        if (!SipriYears.TryYear(r[10], out var deliveryYear))
        {
            yield return new RowError(r.Line, $"delivery year '{r[10]}' is not a year");
            yield break;
        }
        var supplier = SipriParty.Of(r[1]);
        var recipient = SipriParty.Of(r[2]);
        var weapon = SipriParty.Weapon(r[3], r[4]);
        var props = new Dictionary<string, string>
        {
            ["sipri_deal_id"] = r[0].Trim(),
            ["sipri_weapon_description"] = r[4],
            ["sipri_armament_category"] = r[5],
            ["sipri_status"] = r[12],
            ["sipri_estimate"] = r[13],
            ["sipri_tiv_per_unit"] = r[14],
            ["sipri_tiv_delivered"] = r[15],
            ["sipri_number_delivered"] = r[8],
            ["sipri_local_production"] = r[16],
        };

        ClaimRow Claim(string relation, ClaimTime time, bool estimated, string? number) => new(r.Line)
        {
            Subject = supplier,
            Relation = relation,
            Object = recipient,
            Materiel = [weapon],
            Time = time,
            Certainty = estimated ? Certainty.Likely : Certainty.Asserted,
            Quantity = SipriNumbers.Quantity(number),
            RowText = r.Raw,
            Start = r.Offset,
            End = r.End,
            Properties = props,
        };

        if (_deals.Add(r[0].Trim()))
        {
            yield return Claim("agreement", ClaimTime.Year(orderYear, r[6]), Yes(r[7]), null);
            if (Yes(r[16])) yield return Claim("arms-production", ClaimTime.Year(deliveryYear, r[10]), false, null);
        }
        yield return Claim("arms-transfer", ClaimTime.Year(deliveryYear, r[10]), Yes(r[9]) || Yes(r[11]), r[8]);
    }

    private static bool Yes(string s) => string.Equals(s.Trim(), "Yes", StringComparison.OrdinalIgnoreCase);
}
