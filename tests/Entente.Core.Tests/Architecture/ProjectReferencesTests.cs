using System.Xml.Linq;

namespace Entente.Core.Tests.Architecture;

/// <summary>
/// The pipeline's layering, read from the project files themselves (docs/architecture.md): what each shipped project
/// may reach, directly or through another project, so that a convenient reference cannot quietly undo it.
/// </summary>
public sealed class ProjectReferencesTests
{
    private static readonly string[] SqlPackages = ["Microsoft.Data.Sqlite", "Npgsql"];

    /// <summary>Projects a shipped project must not reach, with the reason a reader of a failure needs.</summary>
    public static TheoryData<string, string, string> Forbidden => new()
    {
        { "Entente.Core", "Entente.Knowledge", "the domain types know nothing of the reference data" },
        { "Entente.Knowledge", "Entente.Storage", "the knowledge base is data, not a store" },
        { "Entente.Extraction", "Entente.Storage", "extraction turns text into claims; storing them is the host's job" },
        { "Entente.Evaluation", "Entente.Storage", "scoring reads gold files, not a store" },
        { "Entente.Training", "Entente.Storage", "training reads a corpus, not a store" },
        { "Entente.Analysis", "Entente.Storage.Sql", "the analysis reads through the store contract, whichever provider serves it" },
        { "Entente.Interchange", "Entente.Storage.Sql", "importers and exporters write and read through the store contract" },
        { "Entente.Storage", "Entente.Storage.Sql", "the contract does not know its providers" },
        { "Entente.Ingest", "Entente.Storage.Sql", "ingest writes through the store contract, whichever provider serves it" },
        { "Entente.Extraction", "Entente.Ingest", "extraction turns text into claims; storing them is the ingest service's job" },
        { "Entente.Ingest", "Entente.Synthetic", "synthetic data and benchmarks stay out of the pipeline's assemblies" },
        { "Entente.Analysis", "Entente.Synthetic", "synthetic data and benchmarks stay out of the pipeline's assemblies" },
        { "Entente.Extraction", "Entente.Synthetic", "synthetic data and benchmarks stay out of the pipeline's assemblies" },
        { "Entente.Web", "Entente.Synthetic", "synthetic data and benchmarks stay out of the server" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void A_project_does_not_reach_what_its_layer_must_not_know(string project, string forbidden, string why)
    {
        var reached = Reachable(project);
        Assert.False(reached.Contains(forbidden), $"{project} reaches {forbidden} ({string.Join(" → ", PathTo(project, forbidden))}), but {why}");
    }

    [Theory]
    [InlineData("Entente.Core")]
    [InlineData("Entente.Knowledge")]
    [InlineData("Entente.Storage")]
    [InlineData("Entente.Extraction")]
    [InlineData("Entente.Analysis")]
    [InlineData("Entente.Interchange")]
    [InlineData("Entente.Ingest")]
    public void No_SQL_provider_package_is_reached_outside_the_providers_and_hosts(string project)
    {
        var packages = Reachable(project).Prepend(project).SelectMany(p => Read(p).Packages).ToHashSet();
        Assert.Empty(packages.Intersect(SqlPackages));
    }

    [Fact]
    public void The_core_references_no_project_and_no_package()
    {
        var core = Read("Entente.Core");
        Assert.Empty(core.Projects);
        Assert.Empty(core.Packages);
    }

    [Fact]
    public void No_shipped_project_references_a_test_or_benchmark_project()
    {
        foreach (var project in Shipped())
            Assert.DoesNotContain(Read(project).Projects, r => r.EndsWith(".Tests", StringComparison.Ordinal) || r is "Entente.TestSupport" or "Entente.Benchmarks" or "Entente.Embeddings");
    }

    /// <summary>
    /// The MiniLM measurement (bench/Entente.Embeddings, docs/relation-model.md) found sentence embeddings a hundred
    /// times too slow for extraction's budget: their packages (an 83 MB model, a native runtime) stay in that bench.
    /// </summary>
    [Fact]
    public void No_shipped_project_reaches_a_sentence_embedding_package()
    {
        foreach (var project in Shipped())
        {
            // A reached project outside src/ is the test above's failure; here only shipped projects' packages are read.
            var packages = Reachable(project).Prepend(project).Where(p => File.Exists(Path.Combine(Root, "src", p, p + ".csproj"))).SelectMany(p => Read(p).Packages);
            Assert.DoesNotContain(packages, p => p.StartsWith("SentenceTransformers", StringComparison.Ordinal) || p.StartsWith("Microsoft.ML.OnnxRuntime", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_shipped_project_is_named_in_the_architecture_page()
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "architecture.md"));
        Assert.All(Shipped(), p => Assert.Contains(p, page, StringComparison.Ordinal));
    }

    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx"))) return dir.FullName;
        throw new InvalidOperationException("no Entente.slnx above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> Shipped() =>
        Directory.GetDirectories(Path.Combine(Root, "src")).Select(Path.GetFileName).Where(n => File.Exists(Path.Combine(Root, "src", n!, n + ".csproj"))).Order()!;

    private sealed record ProjectFile(IReadOnlyList<string> Projects, IReadOnlyList<string> Packages);

    private static ProjectFile Read(string project)
    {
        var xml = XDocument.Load(Path.Combine(Root, "src", project, project + ".csproj"));
        var projects = xml.Descendants("ProjectReference").Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/'))).ToList();
        var packages = xml.Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value).ToList();
        return new ProjectFile(projects, packages);
    }

    private static HashSet<string> Reachable(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>(Read(project).Projects);
        while (todo.TryPop(out var next))
            if (seen.Add(next) && File.Exists(Path.Combine(Root, "src", next, next + ".csproj")))
                foreach (var r in Read(next).Projects) todo.Push(r);
        return seen;
    }

    /// <summary>One chain of references from a project to another, for the failure message.</summary>
    private static List<string> PathTo(string from, string to)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var p))
        {
            if (p == to) break;
            if (!File.Exists(Path.Combine(Root, "src", p, p + ".csproj"))) continue;
            foreach (var r in Read(p).Projects)
                if (r != from && previous.TryAdd(r, p)) queue.Enqueue(r);
        }
        var path = new List<string> { to };
        while (previous.TryGetValue(path[^1], out var p)) path.Add(p);
        path.Reverse();
        return path;
    }
}
