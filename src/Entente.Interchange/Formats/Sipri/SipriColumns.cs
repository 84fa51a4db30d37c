namespace Entente.Interchange.Formats.Sipri;

/// <summary>
/// Where a SIPRI CSV layout keeps each field. The trade register has one row per deal, marks estimates
/// with "?" in an unnamed column after the value, lists delivery years ("2022; 2023") and says "under
/// licence" in its comments. The transfers export has one row per deal and delivery year keyed by the
/// SIPRI deal id, says "Yes" in "… is estimate" columns and has a "Local production" column. A field a
/// layout lacks is null. <see cref="Properties"/> are kept on every claim under their names.
/// </summary>
public sealed record SipriColumns(string HeaderStart, int Count)
{
    public int? DealId { get; init; }
    public required int Supplier { get; init; }
    public required int Recipient { get; init; }
    public required int Designation { get; init; }
    public required int Description { get; init; }
    public required int OrderYear { get; init; }
    public int? OrderYearEstimated { get; init; }
    public int? Ordered { get; init; }
    public int? OrderedEstimated { get; init; }
    public required int Delivered { get; init; }
    public int? DeliveredEstimated { get; init; }
    public required int DeliveryYears { get; init; }
    public int? DeliveryYearsEstimated { get; init; }
    public int? LocalProduction { get; init; }
    public int? Comments { get; init; }
    public required IReadOnlyDictionary<string, int> Properties { get; init; }

    public static readonly SipriColumns Register = new("Recipient,Supplier,", 16)
    {
        Recipient = 0,
        Supplier = 1,
        OrderYear = 2,
        OrderYearEstimated = 3,
        Ordered = 4,
        OrderedEstimated = 5,
        Designation = 6,
        Description = 7,
        Delivered = 8,
        DeliveredEstimated = 9,
        DeliveryYears = 10,
        Comments = 12,
        Properties = new Dictionary<string, int>
        {
            ["sipri_weapon_description"] = 7,
            ["sipri_status"] = 11,
            ["sipri_comments"] = 12,
            ["sipri_tiv_per_unit"] = 13,
            ["sipri_tiv_order"] = 14,
            ["sipri_tiv_delivered"] = 15,
            ["sipri_number_ordered"] = 4,
            ["sipri_number_delivered"] = 8,
        },
    };

    public static readonly SipriColumns Transfers = new("SIPRI AT Database ID,", 17)
    {
        DealId = 0,
        Supplier = 1,
        Recipient = 2,
        Designation = 3,
        Description = 4,
        OrderYear = 6,
        OrderYearEstimated = 7,
        Delivered = 8,
        DeliveredEstimated = 9,
        DeliveryYears = 10,
        DeliveryYearsEstimated = 11,
        LocalProduction = 16,
        Properties = new Dictionary<string, int>
        {
            ["sipri_deal_id"] = 0,
            ["sipri_weapon_description"] = 4,
            ["sipri_armament_category"] = 5,
            ["sipri_status"] = 12,
            ["sipri_estimate"] = 13,
            ["sipri_tiv_per_unit"] = 14,
            ["sipri_tiv_delivered"] = 15,
            ["sipri_number_delivered"] = 8,
            ["sipri_local_production"] = 16,
        },
    };

    public static readonly IReadOnlyList<SipriColumns> All = [Register, Transfers];
}
