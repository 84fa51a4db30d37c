using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;

namespace Entente.Extraction.Tests;

/// <summary>
/// Runs every example of Specs/*.md (Markdig style): the text must give exactly the expected triples, each
/// with the expected attributes. Failures name the spec file and the line of the example. The specs describe the
/// hand-written rules, the relation model's candidate generator and evidence, so they run with the rules deciding;
/// what the model decides is measured on real text (entente eval) and guarded by the seed and sample tests.
/// </summary>
public sealed class SpecTests
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => new ExtractionPipelineBuilder(KnowledgeBase.Load()).UseRulesOnly().Build());

    private static readonly Lazy<Dictionary<string, SpecExample>> Examples = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), "*.md").Order(StringComparer.Ordinal)
            .SelectMany(f => SpecExample.Parse(Path.GetFileName(f), File.ReadAllText(f)))
            .ToDictionary(e => e.Key));

    public static TheoryData<string> All() => new(Examples.Value.Keys);

    [Theory]
    [MemberData(nameof(All))]
    public void Spec_example_gives_exactly_the_expected_claims(string example)
    {
        var spec = Examples.Value[example];
        var doc = Document.FromText(spec.Text, new DocumentMetadata { Published = spec.Published });
        var claims = Pipeline.Value.Extract(doc).Claims;
        var problems = new List<string>();
        var actual = claims.GroupBy(c => Key(c.Subject.Id, c.Relation, c.Object?.Id ?? "")).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var e in spec.Claims)
        {
            if (!actual.TryGetValue(Key(e.Subject, e.Relation, e.Object), out var found))
            {
                problems.Add($"missing: {e} ({e.Where})");
                continue;
            }
            foreach (var (k, v) in e.Attributes)
                if (!found.Any(c => Has(c, k, v))) problems.Add($"{e.Subject} {e.Relation} {e.Object}: {k} should be {v}, got {string.Join(" / ", found.Select(c => Describe(c, k)))} ({e.Where})");
        }
        var expectedKeys = spec.Claims.Select(e => Key(e.Subject, e.Relation, e.Object)).ToHashSet();
        foreach (var extra in actual.Keys.Where(k => !expectedKeys.Contains(k))) problems.Add($"unexpected: {extra}");
        if (problems.Count > 0)
            Assert.Fail($"{spec.Key}: {spec.Text}\n  " + string.Join("\n  ", problems) + "\n  extracted:\n    " + string.Join("\n    ", claims.Select(Line)));
    }

    [Fact]
    public void The_spec_files_have_examples_for_many_relation_types()
    {
        var relations = Examples.Value.Values.SelectMany(e => e.Claims).Select(c => c.Relation).Distinct().Count();
        Assert.True(Examples.Value.Count >= 60, $"only {Examples.Value.Count} spec examples");
        Assert.True(relations >= 25, $"only {relations} relation types have spec examples");
    }

    private static string Key(string s, string r, string o) =>
        RelationTypes.TryGet(r, out var t) && t.Symmetric && string.CompareOrdinal(s, o) > 0 ? $"{o} {r} {s}" : $"{s} {r} {o}";

    private static bool Has(Claim c, string key, string value) => key switch
    {
        "certainty" => c.Certainty.ToId() == value,
        "phase" => c.Phase.ToId() == value,
        "time" => Time(c) == value || value.Length == 10 && Time(c) == $"{value[..4]}..{value[6..]}",
        "materiel" => value.Split(',').All(m => c.Materiel.Any(x => x.Id == m)),
        "place" => c.Place?.Id == value,
        "attributed" => (c.AttributedTo is not null) == (value == "yes"),
        "quantity" => c.Quantity?.Text == value,
        _ => throw new FormatException($"unknown spec attribute '{key}'"),
    };

    private static string Time(Claim c) => c.Time is null ? "none"
        : c.Time.From is { Month: 1, Day: 1 } && c.Time.To is { Month: 12, Day: 31 } ? $"{c.Time.From.Year}..{c.Time.To.Year}"
        : $"{c.Time.From:yyyy-MM-dd}..{c.Time.To:yyyy-MM-dd}";

    private static string Describe(Claim c, string key) => key switch
    {
        "certainty" => c.Certainty.ToId(),
        "phase" => c.Phase.ToId(),
        "time" => Time(c),
        "materiel" => string.Join(",", c.Materiel.Select(m => m.Id)),
        "place" => c.Place?.Id ?? "none",
        "attributed" => c.AttributedTo ?? "no",
        "quantity" => c.Quantity?.Text ?? "none",
        _ => "?",
    };

    private static string Line(Claim c) =>
        $"{c.Subject.Id} {c.Relation} {c.Object?.Id} | certainty={c.Certainty.ToId()} | phase={c.Phase.ToId()} | time={Time(c)} | materiel={string.Join(",", c.Materiel.Select(m => m.Id))} | place={c.Place?.Id} | rule={c.Producer.Name} | \"{c.Evidence.Text}\"";
}
