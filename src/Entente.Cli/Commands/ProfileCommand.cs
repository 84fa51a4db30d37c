using Entente.Analysis.Profile;
using Entente.Analysis.Relations;
using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>`entente profile A B`: the alliance profile of a pair.</summary>
public sealed class ProfileCommand : ICliCommand
{
    public string Name => "profile";
    public string Summary => "alliance profile of two actors: spheres by year, breadth, reciprocity, indicators, evidence";
    public string Arguments => "ACTOR ACTOR";
    public IReadOnlyList<OptionSpec> Options => AnalysisQuery.FilterOptions;

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = AnalysisQuery.Format(args);
        var filter = AnalysisQuery.Filter(args);
        var (snapshot, ids) = await AnalysisQuery.LoadPairAsync(args, context, args.Require(0, "the first actor"), args.Require(1, "the second actor"), filter);
        var p = snapshot.Profile(ids[0], ids[1], filter);
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, p);
            return 0;
        }
        if (format == OutputFormat.Csv) Output.Write(context.Out, format, p.Matrix, MatrixColumns);
        else Write(context.Out, p);
        return 0;
    }

    private static readonly Column<ProfileCell>[] MatrixColumns =
    [
        new("sphere", c => c.Sphere.ToString().ToLowerInvariant()),
        new("year", c => c.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "undated"),
        new("claims", c => c.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("relations", c => c.Relations.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("weight", c => AnalysisQuery.Num(c.Weight)),
    ];

    private static void Write(TextWriter w, AllianceProfile p)
    {
        w.WriteLine($"{p.A.Name} — {p.B.Name}");
        foreach (var chain in new[] { p.ChainA, p.ChainB }.Where(c => c is { Steps.Count: > 0 })) w.WriteLine("  rolled up: " + AnalysisQuery.Chain(chain));
        var rejected = p.Relations.Sum(r => r.Rejected);
        w.WriteLine($"  claims {p.Claims}{(rejected > 0 ? $" ({rejected} rejected, counted on request)" : "")}, relations {p.Relations.Count}, breadth {p.Breadth} spheres, depth {p.Depth} relation types, reciprocity {AnalysisQuery.Num(p.Reciprocity)}");
        w.WriteLine($"  duration {(p.DurationYears == 0 ? "undated" : $"{p.FirstYear}–{p.LastYear} ({p.DurationYears} years)")}; shared theaters: {(p.SharedTheaters.Count == 0 ? "none" : string.Join(", ", p.SharedTheaters.Select(t => t.Name)))}");
        w.WriteLine($"  assessment: {p.Assessment} (strategic score {AnalysisQuery.Num(p.StrategicScore)})");
        w.WriteLine();
        Output.Write(w, OutputFormat.Table, p.Indicators, [
            new Column<Indicator>("indicator", i => i.Id),
            new Column<Indicator>("value", i => i.Value is { } v ? AnalysisQuery.Num(v) : "n/a"),
            new Column<Indicator>("basis", i => i.Basis)]);
        w.WriteLine();
        Output.Write(w, OutputFormat.Table, p.Matrix, MatrixColumns);
        w.WriteLine();
        var evidence = p.Spheres.SelectMany(s => s.TopEvidence.Select(e => (s.Sphere, e))).ToList();
        Output.Write(w, OutputFormat.Table, evidence, [
            new Column<(Core.Ontology.Sphere Sphere, Evidence E)>("sphere", x => x.Sphere.ToString().ToLowerInvariant()),
            new Column<(Core.Ontology.Sphere Sphere, Evidence E)>("relation", x => x.E.Relation + (x.E.Materiel.Count > 0 ? $" ({string.Join(", ", x.E.Materiel)})" : "")),
            new Column<(Core.Ontology.Sphere Sphere, Evidence E)>("certainty", x => x.E.Certainty.ToString().ToLowerInvariant()),
            new Column<(Core.Ontology.Sphere Sphere, Evidence E)>("source", x => x.E.SourceTitle ?? x.E.SourceId),
            new Column<(Core.Ontology.Sphere Sphere, Evidence E)>("evidence", x => AnalysisQuery.Shown(x.E))]);
    }
}
