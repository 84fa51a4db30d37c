using System.Text.Json;
using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>`entente ach` and `entente ach override` on the seed article, the sample corpus and a trade-only data set.</summary>
public sealed class AchCommandTests(JudgementWorld world) : IClassFixture<JudgementWorld>
{
    private static async Task<JsonElement> AchAsync(string db, params string[] args)
    {
        var run = await CliHarness.RunAsync(["ach", .. args, "--db", db, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.Err);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    private static List<string> Ranking(JsonElement r) => r.GetProperty("ranking").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task Russia_and_Iran_rank_the_strategic_alliance_first_and_a_trade_only_pair_ranks_otherwise()
    {
        var russiaIran = await AchAsync(world.Db, "Russia", "Iran");
        var trade = await AchAsync(world.Db, "India", "Russia");

        Assert.Equal("strategic", Ranking(russiaIran)[0]);
        Assert.Equal("transactional", Ranking(trade)[0]);
        Assert.NotEqual(Ranking(russiaIran), Ranking(trade));
        // Only economic rows and indicators for the trade pair, and the strategic hypothesis is the worst fit there.
        Assert.All(trade.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("evidence").GetProperty("kind").GetString() == "relation"),
            r => Assert.Contains("sphere:economic", r.GetProperty("evidence").GetProperty("traits").EnumerateArray().Select(t => t.GetString())));
        Assert.Equal("strategic", Ranking(trade)[^1]);
        Assert.False(string.IsNullOrWhiteSpace(russiaIran.GetProperty("sensitivity").GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Each_hypothesis_inconsistency_is_the_sum_of_the_weights_of_its_inconsistent_rows()
    {
        var r = await AchAsync(world.Db, "Russia", "Iran");
        var rows = r.GetProperty("rows").EnumerateArray().ToList();
        foreach (var h in r.GetProperty("ranking").EnumerateArray())
        {
            var id = h.GetProperty("id").GetString();
            var sum = rows.Where(row => row.GetProperty("cells").EnumerateArray().Any(c => c.GetProperty("hypothesis").GetString() == id && c.GetProperty("value").GetString() == "inconsistent"))
                .Sum(row => row.GetProperty("evidence").GetProperty("weight").GetDouble());
            Assert.Equal(Math.Round(sum, 3), h.GetProperty("inconsistency").GetDouble(), 3);
        }
        // A row whose cells all agree tells the hypotheses apart not at all.
        Assert.All(rows, row =>
        {
            var distinct = row.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("value").GetString()).Distinct().Count();
            Assert.Equal(distinct == 1, row.GetProperty("diagnosticity").GetDouble() == 0);
        });
    }

    [Fact]
    public async Task An_override_is_a_record_that_changes_the_cell_and_a_bad_one_changes_nothing()
    {
        using var dir = new TempDir();
        var db = dir.File("copy.db");
        File.Copy(world.Db, db);
        var before = await AchAsync(db, "India", "Russia");
        var row = before.GetProperty("rows")[0].GetProperty("evidence").GetProperty("key").GetString()!;

        var bad = await CliHarness.RunAsync("ach", "override", "India", "Russia", "no|such|row", "strategic", "consistent", "--db", db);
        var badHypothesis = await CliHarness.RunAsync("ach", "override", "India", "Russia", row, "imperial", "consistent", "--db", db);
        var badCell = await CliHarness.RunAsync("ach", "override", "India", "Russia", row, "strategic", "maybe", "--db", db);
        var good = await CliHarness.RunAsync("ach", "override", "Russia", "India", row, "strategic", "consistent", "--note", "a state-backed deal", "--as", "dana", "--db", db);

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("no evidence row 'no|such|row'", bad.Err);
        Assert.Equal(1, badHypothesis.ExitCode);
        Assert.Contains("no hypothesis 'imperial'", badHypothesis.Err);
        Assert.Equal(2, badCell.ExitCode);
        Assert.True(good.ExitCode == 0, good.Err);
        await using (var store = await StoreOpener.OpenAsync(db, ct: TestContext.Current.CancellationToken))
        {
            var stored = Assert.Single(await store.ListCellOverridesAsync("ind|rus", TestContext.Current.CancellationToken));
            Assert.Equal(("dana", "a state-backed deal", row), (stored.Analyst, stored.Note, stored.Row));
        }
        var after = await AchAsync(db, "India", "Russia");
        var cell = after.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("evidence").GetProperty("key").GetString() == row)
            .GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("hypothesis").GetString() == "strategic");
        Assert.Equal("consistent", cell.GetProperty("value").GetString());
        Assert.True(cell.GetProperty("overridden").GetBoolean());
        Assert.Contains("dana", cell.GetProperty("basis").GetString());
        var table = await CliHarness.RunAsync("ach", "India", "Russia", "--db", db);
        Assert.Contains("1 cells set by an analyst", table.Out);
    }

    [Fact]
    public async Task A_malformed_hypotheses_file_is_an_error_naming_file_and_line()
    {
        using var dir = new TempDir();
        var file = dir.File("mine.txt");
        await File.WriteAllTextAsync(file, "# mine\nhypothesis bloc: A bloc\nconsistent: relation:alliance, sphere:militry\n", TestContext.Current.CancellationToken);

        var run = await CliHarness.RunAsync("ach", "Russia", "Iran", "--hypotheses", file, "--db", world.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}:3: 'militry' is not a sphere", run.Err);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task An_analysts_own_hypotheses_file_replaces_the_shipped_one()
    {
        using var dir = new TempDir();
        var file = dir.File("mine.txt");
        await File.WriteAllTextAsync(file, """
            hypothesis arms: An arms relationship
            consistent: sphere:military
            inconsistent: sphere:economic
            hypothesis trade: A trading relationship
            consistent: sphere:economic
            inconsistent: sphere:military
            """, TestContext.Current.CancellationToken);

        var r = await AchAsync(world.Db, "India", "Russia", "--hypotheses", file);

        Assert.Equal(["trade", "arms"], Ranking(r));
    }
}
