using Entente.Analysis.Actors;
using Entente.Analysis.Graph;
using Entente.Analysis.Relations;
using Entente.Analysis.Timeline;
using Entente.Cli.Framework;
using Entente.Core.Entities;

namespace Entente.Cli.Commands;

/// <summary>`entente show ACTOR`: what the knowledge base knows about one actor, from its reference entry to the sources that name it.</summary>
public sealed class ShowCommand : ICliCommand
{
    public string Name => "show";
    public string Summary => "one actor: its entry, relations by sphere, timeline, theaters and the sources that name it";
    public string Arguments => "ACTOR";

    /// <summary>A name may be typed unquoted over several words ("Islamic State"); they are joined into one.</summary>
    public int MaxArguments => int.MaxValue;

    public IReadOnlyList<OptionSpec> Options =>
        [new("kb", "an extra knowledge-base file layered over the shipped one", Repeatable: true), new("format", "table or json (default table)")];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = AnalysisQuery.Format(args);
        var name = string.Join(' ', args.Positional).Trim();
        if (name.Length == 0) throw new UsageException("missing ACTOR");
        var kb = AnalysisQuery.Knowledge(args);
        GraphSnapshot snapshot;
        string id;
        await using (var store = await context.OpenStoreAsync(args))
        {
            id = await ActorNames.IdAsync(store, kb, name);
            snapshot = await GraphSnapshot.LoadAroundAsync(store, kb, [id], rollup: false);
        }
        var report = ActorReport.Build(snapshot, id);
        if (format == OutputFormat.Json) AnalysisQuery.Json(context, report);
        else if (format == OutputFormat.Csv)
            Output.Write(context.Out, format, report.Spheres.SelectMany(s => s.Relations.Select(r => (s.Sphere, r))).ToList(), [
                new Column<(Core.Ontology.Sphere Sphere, Relation R)>("sphere", x => x.Sphere.ToString().ToLowerInvariant()),
                new Column<(Core.Ontology.Sphere Sphere, Relation R)>("subject", x => x.R.Subject.Name),
                new Column<(Core.Ontology.Sphere Sphere, Relation R)>("relation", x => x.R.Type),
                new Column<(Core.Ontology.Sphere Sphere, Relation R)>("object", x => x.R.Object.Name),
                new Column<(Core.Ontology.Sphere Sphere, Relation R)>("claims", x => x.R.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Column<(Core.Ontology.Sphere Sphere, Relation R)>("denials", x => x.R.Denials.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Column<(Core.Ontology.Sphere Sphere, Relation R)>("rating", x => x.R.Admiralty),
                new Column<(Core.Ontology.Sphere Sphere, Relation R)>("evidence", x => x.R.TopEvidence.Text)]);
        else Write(context.Out, report);
        return 0;
    }

    private static void Write(TextWriter w, ActorReport r)
    {
        w.WriteLine($"{r.Actor.Name} ({r.Actor.Id}, {r.Actor.Kind.ToId()}): {r.Claims} claims from {r.Sources.Count} sources");
        if (r.Entry is { } e)
        {
            if (e.Aliases.Count > 0) w.WriteLine("  also: " + string.Join("; ", e.Aliases));
            if (e.Description is { Length: > 0 } d) w.WriteLine("  " + d);
        }
        w.WriteLine("  theaters: " + (r.Theaters.Count == 0 ? "none" : string.Join(", ", r.Theaters.Select(t => t.Name))));
        foreach (var s in r.Spheres)
        {
            w.WriteLine();
            w.WriteLine($"{s.Sphere.ToString().ToLowerInvariant()} ({s.Relations.Count} relations)");
            Output.Write(w, OutputFormat.Table, s.Relations, [
                new Column<Relation>("relation", x => $"{x.Subject.Name} {x.Type} {x.Object.Name}"),
                new Column<Relation>("claims", x => x.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture) + (x.Denials > 0 ? $" ({x.Denials} denied)" : "")),
                new Column<Relation>("rating", x => $"{x.Admiralty} {x.Confidence}"),
                new Column<Relation>("evidence", x => x.TopEvidence.Text)]);
        }
        w.WriteLine();
        w.WriteLine("timeline");
        Output.Write(w, OutputFormat.Table, r.Timeline.Entries, [
            new Column<TimelineEntry>("when", x => x.From is null ? "undated" : x.Evidence.Time ?? AnalysisQuery.Date(x.From)),
            new Column<TimelineEntry>("claim", x => $"{x.Subject.Name} {x.Relation} {x.Object?.Name}"),
            new Column<TimelineEntry>("certainty", x => x.Certainty.ToString().ToLowerInvariant()),
            new Column<TimelineEntry>("evidence", x => x.Evidence.Text)]);
        w.WriteLine();
        w.WriteLine(r.Conflicts.Count == 0 ? "open conflicts: none" : "open conflicts (entente conflicts --actor shows both sides)");
        foreach (var c in r.Conflicts)
            w.WriteLine($"  {c.Subject.Name} {c.Relation} {c.Object.Name}: {c.Kind.ToString().ToLowerInvariant()}, {c.Detail} ({c.Affirming.Count} against {c.Contesting.Count})");
        w.WriteLine();
        w.WriteLine("sources");
        Output.Write(w, OutputFormat.Table, r.Sources, [
            new Column<SourceMention>("claims", x => x.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Column<SourceMention>("source", x => x.Title),
            new Column<SourceMention>("publisher", x => x.Publisher),
            new Column<SourceMention>("published", x => AnalysisQuery.Date(x.Published)),
            new Column<SourceMention>("reliability", x => x.Reliability.ToString())]);
    }
}
