using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Entente.Interchange.Importing;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Benchmarks;

/// <summary>
/// Importing a GDELT 2.0 file of 100,000 rows (the shared 2,111-row sample repeated with fresh event ids)
/// into a new SQLite file: parse, resolve, build claims and store them in one transaction (target &lt; 10 s).
/// Run: dotnet run -c Release --project bench/Entente.Benchmarks -- --filter '*InterchangeBenchmarks*'
/// Measured 2026-11-26 (FIPS places included, 2 shared cores at load ~22): mean 5.47 s, 4.74–6.23 s over 3 runs,
/// 497 MB allocated per run.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoring))]
public class InterchangeBenchmarks
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "entente-bench-" + Guid.NewGuid().ToString("N")[..8]);
    private KnowledgeBase _kb = null!;
    private string _file = "";
    private string _db = "";

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_dir);
        _kb = KnowledgeBase.Load();
        _file = Path.Combine(_dir, "gdelt-100k.export.CSV");
        var sample = File.ReadAllLines(SampleFile());
        using var w = new StreamWriter(_file) { NewLine = "\n" };
        for (var i = 0; i < Rows; i++)
        {
            var line = sample[i % sample.Length];
            w.WriteLine((900_000_000 + i).ToString(CultureInfo.InvariantCulture) + line[line.IndexOf('\t')..]);
        }
    }

    [IterationSetup]
    public void NewDatabase() => _db = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db");

    [Benchmark]
    public async Task<int> ImportGdeltIntoSqlite()
    {
        await using var store = await StoreOpener.OpenAsync(_db);
        var format = ImportFormats.Find("gdelt")!;
        var report = await new ImportRunner(_kb, store).RunAsync(format, _file, new ImportOptions());
        return report.ClaimsNew;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    /// <summary>
    /// Runs in the host process: on the shared build machine, building BenchmarkDotNet's separate
    /// benchmark project exceeded its two-minute build timeout.
    /// </summary>
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
    }

    private static string SampleFile()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Entente.slnx"))) dir = dir.Parent;
        var path = dir is null ? "" : Path.Combine(dir.FullName, "..", "shared", "data", "gdelt", "20191024143000.export.CSV");
        return File.Exists(path) ? path : throw new FileNotFoundException("the GDELT sample in ../shared/data/gdelt is needed for this benchmark", path);
    }
}
