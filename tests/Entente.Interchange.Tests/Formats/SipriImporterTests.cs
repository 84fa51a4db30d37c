using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Formats;

public sealed class SipriImporterTests
{
    private const string Register = "data/sipri/trade-register_2026-05-18_subset_Iran-Russia-axis.csv";
    private const string Transfers = "data/sipri/transfers-format_2024-04-13_subset_Iran.csv";

    [Fact]
    public async Task The_trade_register_gives_an_agreement_per_deal_a_transfer_per_delivered_deal_and_licensed_production()
    {
        var batch = await Collect.FileAsync("sipri", SharedData.Require(Register));

        Assert.Empty(batch.Errors);
        Assert.Equal(2057, batch.Claims.Count(c => c.Relation == "agreement"));
        Assert.Equal(2041, batch.Claims.Count(c => c.Relation == "arms-transfer"));
        Assert.Equal(86, batch.Claims.Count(c => c.Relation == "arms-production"));
        Assert.All(batch.Claims, c => Assert.Equal("sipri", c.Producer.Name));
    }

    [Fact]
    public async Task The_Shahed_131_order_from_Iran_to_Russia_is_read_with_its_year_number_and_tiv()
    {
        var batch = await Collect.FileAsync("sipri", SharedData.Require(Register));

        var order = Assert.Single(batch.Claims, c => c.Relation == "agreement" && c.Materiel.Any(m => m.Name == "Shahed-131") && c.Object?.Id == "rus");
        Assert.Equal("irn", order.Subject.Id);
        Assert.Equal(new DateOnly(2022, 1, 1), order.Time!.From);
        Assert.Equal(Certainty.Likely, order.Certainty);
        Assert.Equal(100, order.Quantity!.Low);
        Assert.Equal("6", order.Properties["sipri_tiv_order"]);
        Assert.Equal("1485", order.Properties["line"]);
        // The evidence is the deal in words; the row as written stays a property, and the offsets still locate it.
        Assert.Equal("SIPRI: Russia ordered 100 Shahed-131 (one-way attack drone) from Iran around 2022, delivered about 100 in 2022", order.Evidence.Text);
        Assert.StartsWith("Russia,Iran,2022,?,100", order.Properties["row"]);
        var file = await File.ReadAllBytesAsync(SharedData.Require(Register), TestContext.Current.CancellationToken);
        Assert.Equal(order.Properties["row"], System.Text.Encoding.Latin1.GetString(file)[order.Evidence.Start..order.Evidence.End]);
        Assert.Equal(EntityKind.Materiel, order.Materiel[0].Kind);
    }

    [Fact]
    public async Task Delivery_year_lists_become_one_interval_from_first_to_last_year()
    {
        var batch = await Collect.FileAsync("sipri", SharedData.Require(Register));

        var geran = Assert.Single(batch.Claims, c => c.Relation == "arms-transfer" && c.Materiel[0].Name == "Shahed-136" && c.Object?.Id == "rus");
        Assert.Equal(new DateOnly(2022, 1, 1), geran.Time!.From);
        Assert.Equal(new DateOnly(2025, 12, 31), geran.Time.To);
        Assert.Equal(6600, geran.Quantity!.Low);
        Assert.Single(batch.Claims, c => c.Relation == "arms-production" && c.Materiel[0].Name == "Shahed-136" && c.Object?.Id == "rus");
    }

    [Fact]
    public async Task Asterisk_recipients_are_armed_groups_and_double_asterisks_organizations()
    {
        var batch = await Collect.FileAsync("sipri", SharedData.Require(Register));

        Assert.Contains(batch.Claims, c => c.Object!.Id == "houthis" && c.Relation == "arms-transfer" && c.Subject.Id == "irn");
        var rebels = Assert.Single(batch.NewEntities, e => e.Name == "Ukraine Rebels");
        Assert.Equal(EntityKind.ArmedGroup, rebels.Kind);
        Assert.True(rebels.NeedsReview);
        Assert.Contains(batch.Claims, c => c.Object!.Id == "nato" && c.Object.Kind == EntityKind.Organization);
    }

    [Fact]
    public async Task The_transfers_layout_gives_one_agreement_per_deal_id_and_a_transfer_per_delivery_year()
    {
        var batch = await Collect.FileAsync("sipri", SharedData.Require(Transfers));

        Assert.Empty(batch.Errors);
        Assert.Equal(129, batch.Claims.Count(c => c.Relation == "agreement"));
        Assert.Equal(451, batch.Claims.Count(c => c.Relation == "arms-transfer"));
        Assert.Equal(28, batch.Claims.Count(c => c.Relation == "arms-production"));
        var t72 = batch.Claims.Where(c => c.Properties["sipri_deal_id"] == "34676" && c.Relation == "arms-transfer").ToList();
        Assert.Equal([2000, 2001, 2002], t72.Select(c => c.Time!.From.Year).Order());
        Assert.All(t72, c => Assert.Equal("irn", c.Object!.Id));
    }

    [Theory]
    [InlineData(Register, "Year of order", 2)]
    [InlineData(Transfers, "Order date", 6)]
    public async Task A_row_with_a_bad_order_year_is_an_error_naming_the_layouts_own_column_and_the_line(string file, string column, int at)
    {
        var lines = File.ReadAllLines(SharedData.Require(file), System.Text.Encoding.Latin1).ToList();
        var row = lines.FindIndex(l => l.StartsWith("Iran,", StringComparison.Ordinal) || l.Contains(",Iran,", StringComparison.Ordinal) && l.Length > 0 && char.IsAsciiDigit(l[0]));
        var cells = lines[row].Split(',');
        cells[at] = "19x9";
        lines[row] = string.Join(',', cells);
        using var dir = new TempDir();
        await File.WriteAllLinesAsync(dir.File("bad.csv"), lines, System.Text.Encoding.Latin1, TestContext.Current.CancellationToken);

        var batch = await Collect.FileAsync("sipri", dir.File("bad.csv"));

        Assert.Equal($"bad.csv:{row + 1}: {column} '19x9' is not a year", Assert.Single(batch.Errors).ToString());
    }
}
