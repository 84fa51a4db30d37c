using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>
/// One SQLite database for the judgement commands, made with the CLI's own commands: the seed article and the sample
/// corpus ingested, and a data set of India–Russia trade imported (a pair whose evidence is only trade).
/// </summary>
public sealed class JudgementWorld : IAsyncLifetime
{
    private readonly TempDir _dir = new();

    public string Db => _dir.File("judgement.db");

    public const string TradeCsv = """
        subject,relation,object,from,to,evidence,source_title
        India,economic-cooperation,Russia,2019,2019,India bought Russian crude oil under a long-term supply deal,Trade ledger
        India,economic-cooperation,Russia,2021,2021,Indian refiners paid for Russian oil in rupees,Trade ledger
        Russia,economic-cooperation,India,2023,2023,Russia sold fertiliser to India at a discount,Trade ledger
        """;

    public async ValueTask InitializeAsync()
    {
        var seed = SharedData.Require("eval/seed/article.txt");
        var csv = _dir.File("trade.csv");
        await File.WriteAllTextAsync(csv, TradeCsv);
        string[][] steps =
        [
            ["init", "--db", Db],
            ["ingest", seed, Path.Combine(SharedData.RepoRoot, "samples", "corpus"), "--quiet", "--db", Db],
            ["import", "csv", csv, "--db", Db],
        ];
        foreach (var argv in steps)
        {
            var run = await CliHarness.RunAsync(argv);
            if (run.ExitCode != 0) throw new InvalidOperationException($"entente {string.Join(' ', argv)} exited with {run.ExitCode}: {run.Err}{run.Out}");
        }
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }
}
