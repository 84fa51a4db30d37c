using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Core.Time;
using Entente.Interchange.Importing;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Sipri;

/// <summary>
/// The trade register: one row per deal. A deal gives an <c>agreement</c> at its order year, an
/// <c>arms-transfer</c> over its delivery years (when any were delivered), and an <c>arms-production</c>
/// when the comments say the weapon is (also) made under licence by the recipient.
/// SIPRI's "?" marks an estimated year or number, not doubt that the deal happened; we read an
/// estimated order year as certainty "likely" for the agreement, and an estimated delivered number as
/// "likely" for the transfer. Everything else is "asserted": SIPRI states it as fact.
/// </summary>
public sealed class SipriRegisterLayout : ISipriLayout
{
    public string HeaderStart => "Recipient,Supplier,";
    public int Columns => 16;

    public IEnumerable<ImportItem> Map(CsvRecord r)
    {
        if (!SipriYears.TryYear(r[2], out var orderYear))
        {
            yield return new RowError(r.Line, $"year of order '{r[2]}' is not a year");
            yield break;
        }
        if (!SipriYears.TryList(r[10], out var delivered))
        {
            yield return new RowError(r.Line, $"year(s) of delivery '{r[10]}' is not a list of years");
            yield break;
        }
        var supplier = SipriParty.Of(r[1]);
        var recipient = SipriParty.Of(r[0]);
        var weapon = SipriParty.Weapon(r[6], r[7]);
        var props = new Dictionary<string, string>
        {
            ["sipri_weapon_description"] = r[7],
            ["sipri_status"] = r[11],
            ["sipri_comments"] = r[12],
            ["sipri_tiv_per_unit"] = r[13],
            ["sipri_tiv_order"] = r[14],
            ["sipri_tiv_delivered"] = r[15],
            ["sipri_number_ordered"] = r[4],
            ["sipri_number_delivered"] = r[8],
        };
        if (r[3] == "?") props["sipri_order_year_estimated"] = "true";
        if (r[5] == "?") props["sipri_number_ordered_estimated"] = "true";
        if (r[9] == "?") props["sipri_number_delivered_estimated"] = "true";
        foreach (var k in props.Where(p => p.Value.Length == 0).Select(p => p.Key).ToList()) props.Remove(k);

        ClaimRow Claim(string relation, ClaimTime time, Certainty certainty, string? number) => new(r.Line)
        {
            Subject = supplier,
            Relation = relation,
            Object = recipient,
            Materiel = [weapon],
            Time = time,
            Certainty = certainty,
            Quantity = SipriNumbers.Quantity(number),
            RowText = r.Raw,
            Start = r.Offset,
            End = r.End,
            Properties = props,
        };

        yield return Claim("agreement", ClaimTime.Year(orderYear, r[2]), r[3] == "?" ? Certainty.Likely : Certainty.Asserted, r[4]);
        if (delivered is not null)
            yield return Claim("arms-transfer", delivered, r[9] == "?" ? Certainty.Likely : Certainty.Asserted, r[8]);
        if (SipriNumbers.MentionsLicensedProduction(r[12]))
            yield return Claim("arms-production", delivered ?? ClaimTime.Year(orderYear, r[2]), Certainty.Asserted, null);
    }
}
