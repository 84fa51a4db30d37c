using Entente.Cli.Framework;
using Entente.Core.Ontology;

namespace Entente.Cli.Commands;

/// <summary>A claim as stored and every verdict given on it, oldest first, with the one that decides marked.</summary>
public sealed class ClaimsHistoryCommand : ICliCommand
{
    public string Name => "claims history";
    public string Summary => "a stored claim and every verdict analysts gave on it";
    public string Arguments => "CLAIM_ID";

    public IReadOnlyList<OptionSpec> Options => [Output.FormatOption];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        if (args.Positional.Count != 1) throw new UsageException("give one claim id: entente claims history CLAIM_ID");
        var format = Output.Format(args);
        await using var store = await context.OpenStoreAsync(args);
        var id = args.Positional[0];
        var claim = await store.GetClaimAsync(id) ?? throw new CliException($"no claim '{id}' in {store.Description}; `entente claims list` shows their ids");
        var verdicts = (await store.ListVerdictsAsync(id)).Order(Analysis.Graph.EffectiveClaims.Chronological).ToList();
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, new ClaimHistoryView(claim, verdicts));
            return 0;
        }
        // CSV is one table: the verdicts, each naming its claim; the claim itself is `claims list --format csv`.
        if (format == OutputFormat.Csv)
        {
            Output.Write(context.Out, format, verdicts, VerdictColumns.All);
            return 0;
        }
        var w = context.Out;
        w.WriteLine($"{claim.Id}: {claim.Subject.Name} {claim.Relation} {claim.Object?.Name} [{claim.Certainty.ToId()}]");
        w.WriteLine($"  source {claim.SourceId}: \"{claim.Evidence.Text}\"");
        w.WriteLine($"  produced by {claim.Producer.Kind.ToString().ToLowerInvariant()} {claim.Producer.Name}");
        if (verdicts.Count == 0)
        {
            w.WriteLine("  no verdicts");
            return 0;
        }
        w.WriteLine($"  {verdicts.Count} verdict(s), the last decides:");
        Output.Write(w, OutputFormat.Table, verdicts, VerdictColumns.All);
        return 0;
    }
}
