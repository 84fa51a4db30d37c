using Entente.Cli.Framework;
using Entente.TestSupport;

namespace Entente.Web.Tests;

/// <summary>
/// The repository's samples/corpus (16 reports), put into a database the way `entente demo` does: the CLI's own
/// `init` and `ingest` commands, so the browser tests see what the real extractor makes of the reports.
/// The facts pinned here follow from the sample text itself; counts that depend on how well the extractor
/// does are read from the API in the tests instead.
/// </summary>
public static class SampleCorpus
{
    /// <summary>From 02-russia-iran-arms-history.md: the sentence the extractor takes the Russia–Iran S-300 claim from.</summary>
    public const string S300Sentence = "Russia signed a contract in 2007 to sell Iran five batteries of the S-300 air-defence system.";

    public const string ArmsHistoryTitle = "S-300s, Sukhois and a borrowed airbase - a short history of Russian arms for Iran";
    public const string DronesTitle = "From Isfahan to Yelabuga - how Iran's Shahed became Russia's Geran";

    /// <summary>samples/corpus under the repository root (the folder holding Entente.slnx above the test binaries).</summary>
    public static string Folder { get; } = Path.Combine(SharedData.RepoRoot, "samples", "corpus");

    public static string ReportText(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName));

    /// <summary>Runs `entente init` and `entente ingest samples/corpus` on the database; any failure ends the fixture.</summary>
    public static async Task IngestAsync(string database, TimeProvider clock)
    {
        var runner = CommandRunner.Default();
        string[][] steps = [["init", "--db", database], ["ingest", Folder, "--quiet", "--db", database]];
        foreach (var argv in steps)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await runner.RunAsync(argv, new CliContext(output, error, clock, _ => null));
            if (code != 0) throw new InvalidOperationException($"entente {string.Join(' ', argv)} exited with {code}: {error}{output}");
        }
    }
}

/// <summary>The workbench and a browser over the ingested sample corpus; each test class gets its own database.</summary>
public sealed class SampleBrowserFixture : BrowserFixture
{
    protected override Task LoadAsync() => SampleCorpus.IngestAsync(DatabasePath, Clock);
}
